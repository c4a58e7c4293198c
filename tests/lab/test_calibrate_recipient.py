"""The recipient calibration's threshold is read from the data for a misfile bound, not set by hand."""

from __future__ import annotations

from mailsort.routing.calibration import Reading
from mailsort_lab.calibrate_recipient import Sample, choose_threshold, upper_bound

READING = Reading(score=0.9, runner_up=0.0, families={"name": 0.9}, capped=False, email=False)


def _samples(probs_right: list[tuple[float, bool]]) -> tuple[list[float], list[Sample]]:
    return ([p for p, _ in probs_right],
            [Sample("test", READING, right, named=True, hand_filed=False) for _, right in probs_right])


def test_upper_bound_of_no_errors_is_the_rule_of_three():
    assert abs(upper_bound(0, 1000) - 3.0 / 1000) < 0.0005
    assert upper_bound(0, 0) == 1.0 and upper_bound(5, 5) == 1.0


def test_threshold_is_the_lowest_probability_whose_filed_items_keep_the_bound():
    # 3000 right readings at 0.99, then 500 at 0.8 of which one is wrong, then a wrong one at 0.5
    probs, samples = _samples([(0.99, True)] * 3000 + [(0.8, True)] * 499 + [(0.8, False), (0.5, False)])
    threshold, stats = choose_threshold(probs, samples, target=0.002)
    assert threshold == 0.8 and stats["filed"] == 3500 and stats["misfiles"] == 1
    threshold, stats = choose_threshold(probs, samples, target=0.001)    # stricter: the 0.8 band stays out
    assert threshold == 0.99 and stats["misfiles"] == 0


def test_too_little_data_files_nothing():
    probs, samples = _samples([(0.99, True)] * 100)
    threshold, stats = choose_threshold(probs, samples, target=0.002)
    assert threshold == 1.0 and stats["filed"] == 0
