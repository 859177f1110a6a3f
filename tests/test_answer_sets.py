"""The baked answer sets cover what the README promises, every pair of values included."""

import itertools

from tests.combinations import COMBINATIONS, OPTION_VALUES, all_pairs
from tooling.template import CHOICES, DEFAULTS, PATTERN_OPTIONS, VARIANTS, only


def pairs_of(answers: dict) -> set:
    """Every pair of (question, value) items in one answer set."""
    return set(itertools.combinations(sorted(answers.items(), key=repr), 2))


def test_all_pairs_holds_every_pair_of_values():
    """Between them, the all-pairs sets hold each value of each question with each of another."""
    wanted = set()
    for first, second in itertools.combinations(OPTION_VALUES, 2):
        for a, b in itertools.product(OPTION_VALUES[first], OPTION_VALUES[second]):
            wanted |= pairs_of({first: a, second: b})
    covered = set().union(*(pairs_of(answers) for answers in all_pairs(OPTION_VALUES)))
    assert wanted <= covered


def test_all_pairs_is_much_smaller_than_every_combination():
    """The point of all-pairs: a handful of projects instead of thousands."""
    every = 1
    for values in OPTION_VALUES.values():
        every *= len(values)
    assert len(all_pairs(OPTION_VALUES)) <= 20 < every


def test_every_question_and_value_is_baked():
    """Each pattern alone, all and none, and every value of every choice appear in a baked set."""
    answer_sets = [param.values[0] for param in COMBINATIONS]
    for option in PATTERN_OPTIONS:
        assert only(option) in answer_sets
    assert only(*PATTERN_OPTIONS) in answer_sets
    assert only() in answer_sets
    for choice, values in {**CHOICES, **{option: DEFAULTS[option] for option in VARIANTS}}.items():
        baked = {answers.get(choice, values[0]) for answers in answer_sets}
        assert baked == set(values), choice
