"""parse_email on anything: it returns a message or refuses with UndecodableEmail, nothing else."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings, strategies as st

from mailsort.errors import UndecodableEmail
from mailsort.intake.email import parse_email

HEADER_NAMES = st.sampled_from(["From", "To", "Subject", "Subject", "From", "Date", "Content-Type", "Cc",
                                "Content-Transfer-Encoding", "MIME-Version", "X-Original-To"])
CHARSETS = st.sampled_from(["utf-8", "utf-7", "utf-16", "latin-1", "unknown-8bit", "x-foo",
                            "base64", "unicode-escape", ""])
VALUES = st.one_of(
    st.binary(max_size=80).map(lambda b: b.replace(b"\n", b" ").replace(b"\r", b" ")),
    st.builds(lambda cs, enc, data: f"=?{cs}?{enc}?{data}?=".encode(),
              CHARSETS, st.sampled_from("BbQq"),
              st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=_-",
                      max_size=40)),
    # UTF-7 shifts can spell half a surrogate pair; unicode-escape can spell any code point.
    st.builds(lambda hi, b64: f"=?utf-7?Q?Rechnung_+{hi}{b64}-?=".encode(), st.sampled_from("23A"),
              st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789",
                      min_size=2, max_size=5)),
    st.builds(lambda cp: f"=?unicode-escape?Q?=5Cu{cp:04x}?=".encode(),
              st.integers(min_value=0, max_value=0xFFFF)),
    st.sampled_from([b"multipart/mixed; boundary=XX", b"text/html; charset=utf-7",
                     b"message/rfc822", b"base64", b"quoted-printable"]),
)


@st.composite
def messages(draw) -> bytes:
    headers = draw(st.lists(st.tuples(HEADER_NAMES, VALUES), max_size=8))
    body = draw(st.one_of(st.binary(max_size=300),
                          st.just(b"--XX\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\r\n--XX--")))
    return b"".join(n.encode() + b": " + v + b"\r\n" for n, v in headers) + b"\r\n" + body


def _check(data: bytes) -> None:
    try:
        parsed = parse_email(data)
    except UndecodableEmail:
        return
    info = parsed.info
    # What leaves intake is well-formed text (the text boundary).
    for text in [info.subject, info.sender, info.body_text, *info.recipients,
                 *(a.filename for a in info.attachments)]:
        (text or "").encode("utf-8")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(messages())
def test_structured_junk_is_parsed_or_refused(data):
    _check(data)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000))
def test_random_bytes_are_parsed_or_refused(data):
    _check(data)
