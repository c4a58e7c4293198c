"""What mail programs print above a forwarded original, in the languages they ship in.

The separator lines, header words and Outlook 2019 attribution lines below are adapted from the
tables of email-forward-parser (github.com/crisp-oss/email-forward-parser, lib/parser.js), whose
fixtures are our tests too (tests/resources/intake/forwards/). Its licence:

    The MIT License (MIT)
    Copyright (c) 2021 Crisp IM SAS
    Permission is hereby granted, free of charge, to any person obtaining a copy of this software
    and associated documentation files (the "Software"), to deal in the Software without
    restriction, including without limitation the rights to use, copy, modify, merge, publish,
    distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the
    Software is furnished to do so, subject to the following conditions: The above copyright notice
    and this permission notice shall be included in all copies or substantial portions of the
    Software. THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED,
    INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE
    AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM,
    DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT
    OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
"""

from __future__ import annotations

import re

# Words on a line of their own between dashes ("---------- Forwarded message ---------").
DASHED = (
    "forwarded message", "weitergeleitete nachricht", "original message", "ursprüngliche nachricht",
    "urspruengliche nachricht", "message transféré", "forwarded e-mail", "forwarded email",
    "přeposlaná zpráva", "videresendt meddelelse", "mensaje reenviado", "mensaje original",
    "edelleenlähetetty viesti", "message transmis", "message d'origine", "továbbított üzenet",
    "messaggio inoltrato", "messaggio originale", "doorgestuurd bericht", "oorspronkelijk bericht",
    "videresendt melding", "przekazana wiadomość", "mensagem reencaminhada", "mensagem encaminhada",
    "mesaj redirecționat", "пересылаемое сообщение", "preposlaná správa", "vidarebefordrat meddelande",
    "i̇letilmiş mesaj", "iletilmiş mesaj", "перенаправлене повідомлення", "välitetty viesti / fwd.msg",
    "proslijeđena poruka", "treść przekazanej wiadomości", "перенаправленное сообщение",
    "preposlaná správa --- forwarded message", "i̇letilen i̇leti", "iletilen ileti",
    "переслане повідомлення", "メッセージを転送", "wiadomość przesłana dalej",
)
# Apple Mail, MailMate: a sentence ending in a colon.
LEAD_INS = (
    "begin forwarded message", "anfang der weitergeleiteten nachricht", "začátek přeposílané zprávy",
    "start på videresendt besked", "inicio del mensaje reenviado", "välitetty viesti alkaa",
    "début du message réexpédié", "début du message transféré", "započni proslijeđenu poruku",
    "továbbított levél kezdete", "inizio messaggio inoltrato", "begin doorgestuurd bericht",
    "videresendt melding", "początek przekazywanej wiadomości", "início da mensagem reencaminhada",
    "início da mensagem encaminhada", "începe mesajul redirecționat", "начало переадресованного сообщения",
    "začiatok preposlanej správy", "vidarebefordrat mejl", "i̇leti başlangıcı", "ileti başlangıcı",
    "початок листа, що пересилається", "forwarded message",
)

# Header words, lower case, by the field they name.
SENDER = ("from", "von", "od", "fra", "de", "lähettäjä", "šalje", "feladó", "da", "van", "expeditorul",
          "отправитель", "från", "kimden", "від кого", "saatja", "de la", "gönderen", "от", "від",
          "mittente", "nadawca", "送信元", "absender")
RECIPIENT = ("to", "an", "komu", "til", "para", "vastaanottaja", "à", "a", "prima", "címzett", "aan", "do",
             "destinatarul", "кому", "pre", "till", "kime", "pour", "adresat", "送信先", "către", "empfänger")
DATE = ("date", "datum", "dato", "envoyé", "fecha", "päivämäärä", "dátum", "data", "dată", "дата", "tarih",
        "sent", "päiväys", "日付", "gesendet", "sendt", "enviado", "lähetetty", "elküldve", "inviato",
        "verzonden", "wysłano", "trimis", "отправлено", "odoslané", "skickat", "gönderilen", "відправлено",
        "odesláno", "poslano", "gesendet am")
SUBJECT = ("subject", "betreff", "předmět", "emne", "asunto", "aihe", "objet", "predmet", "tárgy", "oggetto",
           "onderwerp", "temat", "assunto", "subiectul", "subiect", "тема", "ämne", "konu", "sujet", "naslov",
           "件名")
OTHER = ("cc", "bcc", "kopie", "kopie (cc)", "kopio", "másolat", "másolatot kap", "kopi", "dw", "копия",
         "kopia", "bilgi", "копія", "kópia", "copie à", "reply-to", "antwort an", "odgovori na", "odpověď na",
         "svar til", "antwoord aan", "vastaus", "répondre à", "válaszcím", "rispondi a", "odpowiedź-do",
         "responder a", "răspuns către", "ответ-кому", "odpovedať-pre", "svara till", "yanıt adresi",
         "кому відповісти", "importance", "wichtigkeit", "attachments", "anlagen", "priority", "priorität",
         "kopie an", "blindkopie", "cci", "ccn", "bcc/cci")

# Outlook 2019 writes no block, only this line (the original follows indented by four spaces).
# Each has the groups date, name, address; the name may be quoted in the language's own marks.
_ADDR = r"[\[<(]+(?P<address>[^\[\]<>()\s]+@[^\[\]<>()\s]+)[\]>)]+"
_NAME = r"(?P<name>\"[^\"]+\"|«[^»]+»|„[^”“]+[”“]|[^,\"«„]+?)"
ATTRIBUTIONS = [re.compile(p, re.IGNORECASE) for p in (
    r"^Dne (?P<date>.+?), " + _NAME + r" " + _ADDR + r" napsal\(a\)\s?:$",                # cs
    r"^D\. (?P<date>.+?) skrev " + _NAME + r" " + _ADDR + r"\s?:$",                       # da
    r"^Am (?P<date>.+?),? schrieb " + _NAME + r" " + _ADDR + r"\s?:$",                    # de
    r"^On (?P<date>.+?), " + _NAME + r" " + _ADDR + r" wrote\s?:$",                       # en
    r"^El (?P<date>.+?), " + _NAME + r" " + _ADDR + r" escribió\s?:$",                    # es
    r"^Le (?P<date>.+?), " + _NAME + r" " + _ADDR + r" a écrit\s?:$",                     # fr
    r"^" + _NAME + r" " + _ADDR + r" kirjoitti (?P<date>.+?)\s?:$",                       # fi
    r"^(?P<date>.+?) időpontban " + _NAME + r" " + _ADDR + r" ezt írta\s?:$",             # hu
    r"^Il giorno (?P<date>.+?),? " + _NAME + r" " + _ADDR + r" ha scritto\s?:$",          # it
    r"^Op (?P<date>.+?) heeft " + _NAME + r" " + _ADDR + r" geschreven\s?:$",             # nl
    r"^" + _NAME + r" " + _ADDR + r" skrev følgende den (?P<date>.+?)\s?:$",              # no
    r"^Dnia (?P<date>.+?),? (?:użytkownik )?" + _NAME + r" " + _ADDR + r" napisał\s?:$",  # pl
    r"^Em (?P<date>.+?), " + _NAME + r" " + _ADDR + r" escreveu\s?:$",                    # pt
    r"^(?P<date>.+?) пользователь " + _NAME + r" " + _ADDR + r" написал\s?:$",            # ru
    r"^(?P<date>.+?) používateľ " + _NAME + r" " + _ADDR + r" napísal\s?:$",              # sk
    r"^Den (?P<date>.+?) skrev " + _NAME + r" " + _ADDR + r" följande\s?:$",              # sv
    r"^" + _NAME + r" " + _ADDR + r", (?P<date>.+?) tarihinde şunu yazdı\s?:$",           # tr
)]
# What a forwarded message's subject starts with, by program and language ("WG: Rechnung").
FORWARD_SUBJECT = re.compile(r"^\s*(?:(?:Fwd?|FW|WG|VS|Vs|RV|TR|I|PD|ENC|Redir\.|VB|VL|Videresend|İLT|Wtr|Doorst|"
                             r"Weitergeleitet|Enc|Rv)\s*:\s*)+", re.IGNORECASE)
# Quote marks around a display name in those lines: "…", «…», „…", '…'.
NAME_QUOTES = "\"'«»„“”‚‘’ "
