#pragma once

#include <QCheckBox>

/**
 * A check box for a user-supplied name (a cohort): the name is shown literally (an "&" is no
 * shortcut mark), cut with "…" when the box is narrower than the name, and then given in full
 * in the tooltip, so a long name never widens the sidebar or the window.
 */
class ElidedCheckBox : public QCheckBox
{
    Q_OBJECT

public:
    explicit ElidedCheckBox(QString fullText, QWidget* parent = nullptr);

    const QString& fullText() const { return fullText_; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    QSize sizeFor(const QString& shown) const;
    void elide();

    QString fullText_;
};
