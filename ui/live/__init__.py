"""Live participation: the phones' HTTP server and the facilitator's panel."""
