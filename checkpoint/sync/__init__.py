"""checkpoint.sync"""
