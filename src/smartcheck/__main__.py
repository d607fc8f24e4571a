from smartcheck.cli import main

raise SystemExit(main())
