from llmos.agent.cli import main

raise SystemExit(main())
