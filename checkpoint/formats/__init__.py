"""checkpoint.formats"""
