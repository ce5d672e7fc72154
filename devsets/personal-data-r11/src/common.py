"""Record helper for the round-11 personal-data development set (hand-written items)."""
KIND = {"N": "PERSON_NAME", "A": "STREET_ADDRESS", "P": "POSTCODE", "T": "PHONE", "E": "EMAIL",
        "C": "CHILD", "NI": "NI_NUMBER", "NHS": "NHS_NUMBER", "CARD": "PAYMENT_CARD",
        "BANK": "BANK_ACCOUNT", "IBAN": "IBAN", "DOB": "DATE_OF_BIRTH", "VRM": "VEHICLE_REG",
        "PASS": "PASSPORT", "DL": "DRIVING_LICENCE"}
SURF = {"d": "draft", "r": "reply", "c": "comment"}
ACC = {"C": "CORPORATE", "S": "SERVICE", "K": "COUNCILLOR"}


def R(sa, cls, text, p=(), o=(), case=False):
    """sa: surface+account code, e.g. 'dC' = draft by CORPORATE, 'rS' = reply by SERVICE,
    'cK' = comment on a councillor's page. p/o: lists of (kind code, exact span)."""
    return {"surface": SURF[sa[0]], "account": ACC[sa[1]], "text": text, "class": cls,
            "personal": [{"kind": KIND[k], "text": t} for k, t in p],
            "organisation": [{"kind": KIND[k], "text": t} for k, t in o],
            "caseLinked": case}
