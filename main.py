"""Start Reality Check (thin launcher; the app lives in `journal.app`)."""

import sys

from journal.app import main

if __name__ == "__main__":
    sys.exit(main())
