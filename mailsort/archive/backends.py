"""Which Store a configuration names: the one place that knows every backend."""

from __future__ import annotations

from ..errors import ConfigError
from ..settings import Settings
from .store import Store


def make_store(settings: Settings) -> Store:
    """The store named by settings.storage.backend."""
    st = settings.storage
    if st.backend == "s3":
        if not st.s3_bucket:
            raise ConfigError("storage.s3_bucket: required when storage.backend is s3")
        from .s3 import S3Store

        return S3Store(st.s3_bucket, st.s3_prefix, endpoint_url=st.s3_endpoint_url, region=st.s3_region)
    from .local import LocalStore

    return LocalStore(settings.archive_path)


def quarantine_store(settings: Settings) -> Store:
    """<data>/quarantine locally; with storage s3, a prefix in the bucket that every node shares."""
    st = settings.storage
    if st.backend == "s3" and st.s3_bucket:
        from .s3 import S3Store

        return S3Store(st.s3_bucket, st.s3_quarantine_prefix, endpoint_url=st.s3_endpoint_url,
                       region=st.s3_region)
    from .local import LocalStore

    return LocalStore(settings.data_dir / "quarantine")


def previews_store(settings: Settings) -> Store | None:
    """With storage s3, where the review station keeps rendered pages for every node; else None."""
    st = settings.storage
    if st.backend != "s3" or not st.s3_bucket:
        return None
    from .s3 import S3Store

    return S3Store(st.s3_bucket, st.s3_previews_prefix, endpoint_url=st.s3_endpoint_url,
                   region=st.s3_region)


def quarantine_inside(archive: Store, quarantine: Store | None) -> str | None:
    """The quarantine's key prefix as seen from the archive store, when it lies inside it."""
    if quarantine is None:
        return None
    a, q = getattr(archive, "prefix", None), getattr(quarantine, "prefix", None)
    same = getattr(archive, "bucket", None) == getattr(quarantine, "bucket", None) is not None
    if same and a is not None and q is not None and q.startswith(a):
        return q[len(a):]
    return None


def bucket_store(bucket: str, settings: Settings) -> Store:
    """The whole bucket (no prefix) on the configured S3 endpoint, e.g. for an S3 inbox."""
    from .s3 import S3Store

    st = settings.storage
    return S3Store(bucket, "", endpoint_url=st.s3_endpoint_url, region=st.s3_region)
