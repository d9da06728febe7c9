"""A Paragraph that breaks its lines once, however often platypus asks.

reportlab breaks a paragraph into lines on every ``wrap``: to measure it, again for
the part kept on a page after a split, and again for the part moved on. For long
texts that flow over several pages that is most of the work of the whole PDF. The
lines depend only on the width, so this keeps them: a second ``wrap`` at the same
width is free, and the two parts of a split take their share of the lines.
"""

from __future__ import annotations

from reportlab.platypus import Paragraph


class FlowingParagraph(Paragraph):
    _wrapped_width: float | None = None

    def wrap(self, availWidth, availHeight):  # noqa: N803 (reportlab's names)
        if self._wrapped_width == availWidth and "blPara" in self.__dict__:
            return self.width, self.height
        result = super().wrap(availWidth, availHeight)
        self._wrapped_width = availWidth
        return result

    def split(self, availWidth, availHeight):  # noqa: N803
        parts = super().split(availWidth, availHeight)
        style = self.style
        simple = (
            len(parts) == 2
            and self._wrapped_width == availWidth
            and not style.firstLineIndent
            and getattr(style, "autoLeading", "") in ("", "off", None)
        )
        if simple:
            lines = self.blPara.lines
            first, rest = parts
            count = len(first.blPara.lines)
            for part, share in ((first, lines[:count]), (rest, lines[count:])):
                part.blPara = self.blPara.clone(lines=share)
                part.width = availWidth
                part.height = len(share) * style.leading
                part._wrapped_width = availWidth
        return parts
