"""Stage 7, meeting: the event an article reports: its kind and day, who convenes or receives it (host),
who comes (guests: visitors, delegations, signing parties), chairs, leaders and attendees."""
