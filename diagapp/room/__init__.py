"""Room mode: participants answer on their phones, served by the laptop on one local address.

`state` holds who has joined (join code, personal tokens, limits); `web` is the small WSGI
app whose routes call the same services as the window; `server` runs it with waitress in a
thread beside the Qt loop (or the command line's main thread). No Qt here, and no ORM: the
phones reach the database only through diagapp.services (import-linter checks both).
"""
