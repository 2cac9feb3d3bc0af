"""The setup pages of the main window, each built when first used, and its first-frame start.

Only the unlock page is built with the window; the welcome, create, recovery-code and
recovery-unlock pages are built (and wired) the first time something asks for them. The Shift
counter (an app-wide event filter) starts as the window paints its first frame; the other
app-wide filters, the window icon, the D-Bus screen-lock watcher and the tasks that must come
before the first key (`before_first_key`) just after it: the unlock window opens sooner (see
"Cold start" in docs/PERFORMANCE.md).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from journal.ui.common import early
from journal.ui.common.fit import ScreenFitter
from journal.ui.common.session_views import Layer
from journal.ui.safety import quick_exit

if TYPE_CHECKING:
    from journal.ui.safety.system_lock import SystemLockWatcher
    from journal.ui.setup.create_page import CreatePage
    from journal.ui.setup.recovery_code_page import RecoveryCodePage
    from journal.ui.setup.recovery_unlock_page import RecoveryUnlockPage
    from journal.ui.setup.welcome_page import WelcomePage


class WindowPages:
    """Mixin of MainWindow: setup pages built on first use; watchers started at first paint."""

    _setup_pages: dict[str, QWidget]
    _started: bool
    _before_first_key: list[Callable[[], object]]
    system_lock: SystemLockWatcher | None

    def _add_setup_page(self: Any, name: str, page: QWidget, *, clears: bool = True) -> None:
        self.pages.addWidget(page)
        if clears:
            self.views.add(page, Layer.SETUP)
        self._setup_pages[name] = page

    def _built_page(self, name: str) -> Any:
        """Return the setup page `name` if it was built, else None."""
        return self._setup_pages.get(name)

    @property
    def welcome_page(self) -> WelcomePage:
        """The first page of a new journal; built on first use."""
        page = self._built_page("welcome")
        if page is None:
            from journal.ui.setup.welcome_page import WelcomePage

            page = WelcomePage()
            page.set_discreet(self.preferences.discreet)  # type: ignore[attr-defined]
            page.continued.connect(lambda: self._show(self.create_page))  # type: ignore[attr-defined]
            self._add_setup_page("welcome", page, clears=False)
        return page  # type: ignore[no-any-return]

    @property
    def create_page(self) -> CreatePage:
        """Choosing a passphrase for a new journal; built on first use."""
        page = self._built_page("create")
        if page is None:
            from journal.ui.setup.create_page import CreatePage

            page = CreatePage()
            page.create_requested.connect(self._create)  # type: ignore[attr-defined]
            self._add_setup_page("create", page)
        return page  # type: ignore[no-any-return]

    @property
    def recovery_code_page(self) -> RecoveryCodePage:
        """The recovery code shown once after creating; built on first use."""
        page = self._built_page("recovery_code")
        if page is None:
            from journal.ui.setup.recovery_code_page import RecoveryCodePage

            page = RecoveryCodePage()
            page.continued.connect(self._enter_journal)  # type: ignore[attr-defined]
            self._add_setup_page("recovery_code", page)
        return page  # type: ignore[no-any-return]

    @property
    def recovery_unlock_page(self) -> RecoveryUnlockPage:
        """Unlocking with the recovery code and a new passphrase; built on first use."""
        page = self._built_page("recovery_unlock")
        if page is None:
            from journal.ui.setup.recovery_unlock_page import RecoveryUnlockPage

            page = RecoveryUnlockPage()
            page.cancelled.connect(self._back_to_unlock)  # type: ignore[attr-defined]
            page.recover_requested.connect(self._recover)  # type: ignore[attr-defined]
            self._add_setup_page("recovery_unlock", page)
        return page  # type: ignore[no-any-return]

    # ------------------------------------------------------------ first frame

    def before_first_key(self: Any, task: Callable[[], object]) -> None:
        """Run `task` on the event loop's pass after the first frame, or before the first key
        event reaches any widget if that comes sooner (the platform's standard shortcuts, and
        the app's garbage collector: see journal.start_up)."""
        if self._started and not self._before_first_key:
            task()
            return
        self._before_first_key.append(task)

    def _run_before_first_key(self: Any) -> None:
        self.shift_detector.before_key = None
        tasks, self._before_first_key[:] = list(self._before_first_key), []
        for task in tasks:
            task()

    def _first_frame(self: Any) -> None:
        """Start the Shift counter (once), as the window paints its first frame.

        Nothing was on screen before, so Quick exit (Shift three times) works from the first
        frame. On the event loop's next pass (`_after_first_frame`) follow the tasks given to
        `before_first_key` (standard shortcuts, the garbage collector; sooner if a key comes
        first), the window icon, the screen fitter for other windows, the idle watcher, the `Qt`
        namespace, the hand cursor of Quick exit, the clipboard guard and the screen-lock
        watcher.
        """
        if self._started:
            return
        self._started = True
        app = QApplication.instance()
        if app is not None:
            if self._before_first_key:  # the Shift counter sees every key event first
                self.shift_detector.before_key = self._run_before_first_key
            app.installEventFilter(self.shift_detector)
        QTimer.singleShot(0, self._after_first_frame)

    def _after_first_frame(self: Any) -> None:
        self._run_before_first_key()
        if self._exiting:
            return
        self._apply_icon()  # the window's icon (its SVG engine and QIcon's enums) comes now
        app = QApplication.instance()
        if app is not None and self.screen_fitter is None:  # windows shown from now on
            self.screen_fitter = ScreenFitter(self)
            app.installEventFilter(self.screen_fitter)
        self.idle.watch()  # input restarts the auto-lock countdown (it runs once unlocked)
        early.warm_up()  # before the first key press reaches the Shift counter
        quick_exit.point_at(self.quick_exit_button)
        self.clipboard_guard.watch()  # Copy and Cut marked secret from now on
        self._watch_system_lock()

    def _watch_system_lock(self: Any) -> None:
        if self.system_lock is not None or self._exiting:
            return
        from journal.ui.safety.system_lock import SystemLockWatcher

        self.system_lock = SystemLockWatcher(self)
        self.system_lock.lock_requested.connect(self._system_lock)

    def _stop_watching(self: Any) -> None:
        """Remove the app-wide filters (the window closes)."""
        self.idle.release()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.shift_detector)
            if self.screen_fitter is not None:
                app.removeEventFilter(self.screen_fitter)
        quick_exit.set_handler(None)
