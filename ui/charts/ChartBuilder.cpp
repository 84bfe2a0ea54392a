#include "ui/charts/ChartBuilder.h"

ChartBuilder::~ChartBuilder() = default;
