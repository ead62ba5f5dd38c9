from llmos.fleet.cli import main

raise SystemExit(main())
