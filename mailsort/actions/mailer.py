"""The one place that speaks SMTP. Failures become DeliveryFailed (permanent for 5xx answers).

The password is read from its environment variable at send time and never logged or put in errors.
"""

from __future__ import annotations

import smtplib
import ssl
from email.message import EmailMessage
from email.utils import parseaddr

from .delivery import SmtpSettings
from .errors import DeliveryFailed


class Mailer:
    def __init__(self, smtp: SmtpSettings):
        self.smtp = smtp

    @property
    def sender_address(self) -> str:
        return parseaddr(self.smtp.sender)[1] or self.smtp.sender

    def send(self, msg: EmailMessage, to: list[str]) -> str:
        """Send `msg` to `to`; returns a short receipt for the event trail."""
        s = self.smtp
        password = s.password()
        where = f"SMTP {s.host}:{s.port}"
        try:
            context = ssl.create_default_context(cafile=str(s.ca_file) if s.ca_file else None)
            if s.security == "tls":
                conn: smtplib.SMTP = smtplib.SMTP_SSL(s.host, s.port, timeout=s.timeout, context=context)
            else:
                conn = smtplib.SMTP(s.host, s.port, timeout=s.timeout)
            with conn:
                if s.security == "starttls":
                    conn.starttls(context=context)
                if s.username:
                    conn.login(s.username, password or "")
                refused = conn.send_message(msg, from_addr=self.sender_address, to_addrs=to)
        except smtplib.SMTPRecipientsRefused as e:
            raise DeliveryFailed(f"{where} refused every recipient: {', '.join(e.recipients)}", permanent=True) from e
        except smtplib.SMTPAuthenticationError as e:
            raise DeliveryFailed(f"{where} rejected the login of {s.username!r} ({e.smtp_code})") from e
        except smtplib.SMTPResponseException as e:
            text = e.smtp_error.decode(errors="replace") if isinstance(e.smtp_error, bytes) else str(e.smtp_error)
            raise DeliveryFailed(f"{where} answered {e.smtp_code} {text}", permanent=500 <= e.smtp_code < 600) from e
        except (smtplib.SMTPException, OSError) as e:
            raise DeliveryFailed(f"{where} failed: {type(e).__name__}: {e}") from e
        accepted = [a for a in to if a not in refused]
        return f"accepted by {where} for {', '.join(accepted)}" + (f"; refused {', '.join(refused)}" if refused else "")
