"""vnpolkg: a knowledge-graph builder for Vietnamese political news.

Pipeline (data flows one way):
read -> normalise -> structure -> mentions -> posts / meetings -> resolve -> rdf -> write / viz / query
"""
__version__ = "0.1.0"
