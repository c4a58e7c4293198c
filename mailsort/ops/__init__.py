"""Operations: `/healthz` and `/metrics` for `serve` and for long-running `watch`/`imap` processes."""
