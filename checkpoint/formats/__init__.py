"""Agreed exchange formats: versioned JSON documents, their JSON Schemas, and exports.

Schemas and examples are package data (``schemas/*.json``, ``examples/*.json``);
:mod:`checkpoint.formats.schema` loads them and validates documents.
"""

from checkpoint.formats.schema import (
    check_document,
    load_example,
    load_schema,
    schema_names,
    validate_document,
)

__all__ = ["check_document", "load_example", "load_schema", "schema_names", "validate_document"]
