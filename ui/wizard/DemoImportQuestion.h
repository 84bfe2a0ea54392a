#pragma once

#include <QCoreApplication>

class QWidget;

/**
 * Asked when an import is started while the demo study is open: the demo's cases are
 * synthetic and it lives in memory, so real cases imported there would sit beside synthetic
 * ones under "demo (synthetisch)" and be lost on quit. Offers to create a new study first.
 */
class DemoImportQuestion
{
    Q_DECLARE_TR_FUNCTIONS(DemoImportQuestion)

public:
    enum class Answer { NewStudy, Cancel };

    static Answer ask(QWidget* parent);
};
