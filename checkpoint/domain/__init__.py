"""checkpoint.domain"""
