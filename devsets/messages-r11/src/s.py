"""Sender helpers shared by the hand-written row files."""


def em(name, email, addr=None):
    return ("EMAIL", None, {"name": name, "handle": None, "email": email, "address": addr})


def fbp(name, addr=None):
    return ("PUBLIC", "FACEBOOK", {"name": name, "handle": None, "email": None, "address": addr})


def fbd(name, email=None, addr=None):
    return ("PRIVATE", "FACEBOOK", {"name": name, "handle": None, "email": email, "address": addr})


def xp(handle, name=None, email=None):
    return ("PUBLIC", "X", {"name": name, "handle": handle, "email": email, "address": None})


def xd(handle, name=None, email=None, addr=None):
    return ("PRIVATE", "X", {"name": name, "handle": handle, "email": email, "address": addr})
