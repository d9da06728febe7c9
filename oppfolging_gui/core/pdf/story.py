"""A story that never leaves a heading alone at the foot of a page.

Headings (and the intro under them) wait until the content they introduce is
added; then one ``CondPageBreak`` asks for room for the headings *and* the start of
that content, so both move to the next page together. This is cheaper than
KeepTogether, which would lay out long texts twice.
"""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, Flowable

from . import styles as st


class Story:
    def __init__(self) -> None:
        self.flowables: list[Flowable] = []
        self._waiting: list[Flowable] = []
        self._waiting_height = 0.0

    def heading(self, flowable: Flowable) -> None:
        """A heading or intro: printed with whatever comes next."""
        _, height = flowable.wrap(st.CONTENT_WIDTH, st.PAGE_SIZE[1])
        self._waiting_height += height + flowable.getSpaceBefore() + flowable.getSpaceAfter()
        self._waiting.append(flowable)

    def add(self, *flowables: Flowable, need: float = 0) -> None:
        """Content that needs ``need`` points on this page to start well."""
        if need or self._waiting:
            self.flowables.append(CondPageBreak(need + self._waiting_height))
        self.flowables += self._waiting
        self.flowables += flowables
        self._waiting.clear()
        self._waiting_height = 0.0

    def extend(self, flowables: list[Flowable], need: float = 0) -> None:
        self.add(*flowables, need=need)

    def finish(self) -> list[Flowable]:
        self.add()
        return self.flowables
