"""The ``checkpoint`` command."""


def main() -> int:
    return 0
