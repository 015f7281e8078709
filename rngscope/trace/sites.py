"""Where calls are made: a site id per distinct position in the script.

A call's site is the innermost frame of the script's file from the caller outwards, at its
current instruction (line and, on Python 3.11+, columns).  A loop calls from one place, so
the last caller's frame and instruction are compared, not looked up; the sites of the calls
are kept as the calls where the site changed.  ``CallSites`` is that part of the ``Recorder``.
"""
from __future__ import annotations

from bisect import bisect_right
from itertools import islice

__all__ = ["CallSites"]


class CallSites:
    """The Recorder's call sites (a mixin on the recorder's own state)."""

    def _new_site(self, frame):
        """The caller's frame is another, or at another place: the call site changes if the
        place does (a frame is held only while calls come from it).  A call made inside
        rngscope (``x.eval()``) is placed at the script's frame that led to it."""
        caller, filename = frame, self.script_filename
        while filename is not None and frame is not None and frame.f_code.co_filename != filename:
            frame = frame.f_back
        frame = frame or caller
        if frame.f_code is self._code and frame.f_lasti == self._lasti:
            self._frame = frame
            return
        self._frame, self._code, self._lasti = frame, frame.f_code, frame.f_lasti
        if self.script_filename is not None:
            site = self._site_of(frame)
            if site != self._site:
                self._flush()
                self.site_changes.append(len(self.call_fn))
                self.site_values.append(site)
                self._site = site
                if self.lines is not None and self._hot:  # its lines name the new place
                    self._stop_lines()
                    self._keep_bytes = self.lines.hot(self._hot_info, self._values)

    def _site_of(self, frame):
        """The site id of the innermost frame of the script from ``frame`` outwards, or -1."""
        filename = self.script_filename
        while frame is not None and frame.f_code.co_filename != filename:
            frame = frame.f_back
        if frame is None:
            return -1
        code, lasti = frame.f_code, frame.f_lasti
        key = (id(code) << 32) | lasti
        site = self._site_ids.get(key)
        if site is None:
            site = self._site_ids[key] = len(self.sites)
            self.sites.append(_position(frame))
            self._keep.append(code)
        return site

    def call_site(self, call):
        """The site id a call was made from, or -1."""
        i = bisect_right(self.site_changes, call) - 1
        return self.site_values[i] if i >= 0 else -1


def _position(frame):
    """(line, column, end line, end column) of the frame's current instruction; columns on 3.11+."""
    positions = getattr(frame.f_code, "co_positions", None)
    if positions is not None:
        pos = next(islice(positions(), frame.f_lasti // 2, None), None)
        if pos is not None and None not in pos:
            line, end_line, col, end_col = pos
            return (line, col, end_line, end_col)
    return (frame.f_lineno, None, None, None)
