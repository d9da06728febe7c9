"""Is a process still running on this computer? Used to tell stale locks and
recovery copies of crashed programs from those of a program that is still open.
"""

from __future__ import annotations

import getpass
import os


def this_host() -> str:
    """This computer's name (a local call, no network traffic).

    ``os.uname`` where there is one: the kernel's host name, what
    ``socket.gethostname`` answers there too, without importing ``socket`` at the
    window's start (its constants become enums as it is imported; with ``calendar``
    made lazy too, 3.6 M instructions of the start, issue 15). Locks written by either
    are read alike."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    import socket  # Windows

    try:
        return socket.gethostname()
    except OSError:
        return ""


def this_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # getpass raises various errors when no user name is set
        return ""


def pid_alive(pid: int) -> bool:
    """True if a process with ``pid`` runs on this computer (conservative: True when unsure)."""
    if not 0 < pid <= 2**31 - 1:  # no system has such a process (os.kill would raise OverflowError)
        return False
    if pid == os.getpid():
        return True
    if os.name == "nt":
        return _pid_alive_windows(pid)
    try:
        os.kill(pid, 0)  # signal 0: only checks that the process exists
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, belongs to another user
    except OSError:
        return True
    return True


def _pid_alive_windows(pid: int) -> bool:
    # os.kill(pid, 0) would send CTRL_C_EVENT on Windows: ask the kernel instead.
    import ctypes

    process_query_limited_information = 0x1000
    still_active = 259
    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(process_query_limited_information, False, pid)
    if not handle:
        return False
    try:
        code = ctypes.c_ulong()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return code.value == still_active
    finally:
        kernel32.CloseHandle(handle)
