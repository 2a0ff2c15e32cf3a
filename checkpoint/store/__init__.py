"""checkpoint.store"""
