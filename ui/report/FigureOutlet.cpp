#include "ui/report/FigureOutlet.h"

FigureOutlet::~FigureOutlet() = default;
