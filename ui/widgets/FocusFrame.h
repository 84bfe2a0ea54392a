#pragma once

class QWidget;

/**
 * A clear keyboard-focus frame for the check boxes and radio buttons inside a widget: the
 * style's own dotted rectangle around the label is hard to see. Every box keeps a transparent
 * frame of the same width, so nothing moves when the focus does.
 */
class FocusFrame
{
public:
    static void apply(QWidget* container);
    /** The frame's colour (also used by the tests that look for it). */
    static const char* colour();
};
