"""The review station (`mailsort serve`): VAs clear uncertain items and teach the classifier.

`mailsort.web.app.create_app(settings)` builds the FastAPI app; `mailsort.web.commands` holds the CLI
entry points; `mailsort.web.station.Station` is the library side the routes call.
"""
