"""Unit tests of the knowledge generators' parsing, on lines written for these tests.

Run:  python3 -m unittest discover -s tools/knowledge      (KnowledgeGeneratorsTest runs it in mvn verify)
"""
import os
import tempfile
import unittest

import cameo_verbs as cv
import phoenix_actors as pa
import plover_roles as pr
import provenance as pv


class CameoVerbsTest(unittest.TestCase):
    SYNSETS = {"&MILITARY": [["TROOPS"]], "&TREATY": [["PACT"]]}

    def test_regular_forms_follow_petrarch2(self):
        self.assertEqual(cv.regular_forms("CONDEMN"), ["CONDEMNS", "CONDEMNED", "CONDEMNING"])
        self.assertEqual(cv.regular_forms("PLEDGE"), ["PLEDGES", "PLEDGED", "PLEDGING"])
        self.assertEqual(cv.regular_forms("BOMB"), ["BOMBS", "BOMBED", "BOMBING"])
        self.assertEqual(cv.regular_forms("PRESS"), ["PRESSES", "PRESSED", "PRESSING"])

    def test_verb_lines(self):
        self.assertEqual(cv.parse_verb_line("+PULL_BACK {+PULLS_BACK +PULLED_BACK}  [0874]"),
                         ([], "PULL", ["BACK"], ["PULL", "PULLS", "PULLED"], "0874"))
        self.assertEqual(cv.parse_verb_line("SWIM {SWAM SWUM}")[3], ["SWIM", "SWAM", "SWUM"])
        with self.assertRaises(cv.PatternError):
            cv.parse_verb_line("+PULL_+BACK")

    def test_codes(self):
        self.assertEqual(cv.parse_codes("042:043"), ("042", "043"))
        self.assertEqual(cv.parse_codes(":173"), ("", "173"))
        self.assertEqual(cv.parse_codes("---"), ("", ""))
        with self.assertRaises(cv.PatternError):
            cv.parse_codes("1x")

    def test_sides_phrases_preps_and_markers(self):
        items, preps = cv.parse_side(" {ARMED &MILITARY} (TO BORDER) (WITH +) ", self.SYNSETS)
        self.assertEqual(items, [["ARMED", "&MILITARY"]])
        self.assertEqual(preps, [("TO", [["BORDER"]]), ("WITH", [["+"]])])
        self.assertEqual(cv.enc_preps(preps), "to:border|with:+")
        self.assertEqual(cv.role_slot("+", [], [], items, preps), "prep:with")
        with self.assertRaises(cv.PatternError):
            cv.parse_side("&NOWHERE", self.SYNSETS)

    def test_flat_sequences_become_phrases(self):
        items, preps = cv.parse_side("ATTACK ON +", self.SYNSETS)
        kept, preps, converted = cv.flat_to_preps(items, preps)
        self.assertTrue(converted)
        self.assertEqual((kept, preps), ([["ATTACK"]], [("ON", [["+"]])]))


class PhoenixActorsTest(unittest.TestCase):
    def test_dates_and_the_century_rule(self):
        self.assertEqual(pa.dates("320101-331108"), ("1932-01-01", "1933-11-08"))
        self.assertEqual(pa.dates(">070723"), ("2007-07-23", ""))
        self.assertEqual(pa.dates("< 19990101"), ("", "1999-01-01"))
        self.assertEqual(pa.dates("300101-310101"), ("2030-01-01", "1931-01-01"))
        for bad in ["9008223-911221", "20121204", "20100931-20110101"]:
            with self.assertRaises(pa.DateError):
                pa.dates(bad)

    def test_codes_split_into_country_area_and_sector(self):
        iso3, sectors = {"KEN", "PSE"}, {"GOV", "MIL", "REB"}
        self.assertEqual(pa.split_code("KENGOVMIL", iso3, sectors), ("KEN", "", "GOV", "MIL"))
        self.assertEqual(pa.split_code("IGOUNODEV", iso3, sectors), ("", "", "IGO", "UNO DEV"))
        self.assertEqual(pa.split_code("MEAREB", iso3, sectors), ("", "MEA", "REB", ""))

    def test_agent_plurals(self):
        self.assertEqual(pa.regular_plural("SOLDIER_"), "SOLDIERS")
        self.assertEqual(pa.regular_plural("DEPUTY"), "DEPUTIES")
        self.assertEqual(pa.regular_plural("BOSS"), "BOSSES")


class PloverRolesTest(unittest.TestCase):
    def test_subject_of_a_hosting_code_is_the_recipient(self):
        flags = {"actor": "visitor", "recipient": "host"}
        self.assertEqual(pr.subject_role("Host a visit", flags), "recipient")
        self.assertEqual(pr.subject_role("Make a visit", flags), "actor")
        self.assertEqual(pr.subject_role("Host a visit", None), "actor")


class EmitTest(unittest.TestCase):
    def test_check_reports_a_stale_file_and_writes_nothing(self):
        with tempfile.TemporaryDirectory() as d:
            path = os.path.join(d, "t.tsv")
            with open(path, "w", encoding="utf-8") as f:
                f.write("# old\n")
            self.assertEqual(pv.emit({path: ["# new"]}, check=True), 1)
            with open(path, encoding="utf-8") as f:
                self.assertEqual(f.read(), "# old\n")
            self.assertEqual(pv.emit({path: ["# new"]}, check=False), 0)
            self.assertEqual(pv.emit({path: ["# new"]}, check=True), 0)


if __name__ == "__main__":
    unittest.main()
