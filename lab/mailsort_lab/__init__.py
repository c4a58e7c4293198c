"""mailsort's lab: what measures the product without shipping in it.

- `holdout`, `blind`: evaluation sets written apart from routing (`python -m mailsort_lab.blind DIR`);
- `render`, `samples`: realistic scans, PDFs and forwarded emails of the training letters
  (`sample_scans/` comes from `python -m mailsort_lab.samples`);
- `evalset`: the item mix and command line both evaluation-set generators share;
- `measure_matcher`: the recipient matcher's figures on the client directory.

The product (`mailsort/`) never imports this package; tests and `bench/` do.
"""
