"""Archive objects in an S3 bucket (AWS or any S3-compatible server). All boto3 calls live here."""

from __future__ import annotations

from contextlib import AbstractContextManager, nullcontext
from pathlib import Path
from typing import BinaryIO

import boto3
from botocore.config import Config
from botocore.exceptions import BotoCoreError, ClientError

from ..errors import StorageError
from .store import KeyMissing, check_key

_CONFIG = Config(connect_timeout=10, read_timeout=60, retries={"max_attempts": 3, "mode": "standard"})
_NOT_FOUND = {"404", "NoSuchKey", "NotFound"}


class S3Store:
    def __init__(self, bucket: str, prefix: str = "", *, endpoint_url: str | None = None,
                 region: str | None = None, client=None):
        self.bucket = bucket
        self.prefix = prefix.strip("/") + "/" if prefix.strip("/") else ""
        self._s3 = client or boto3.client("s3", endpoint_url=endpoint_url, region_name=region,
                                          config=_CONFIG)

    def together(self, pending=None) -> AbstractContextManager[None]:
        return nullcontext()            # every put is durable when S3 answers: nothing pending

    def _key(self, key: str) -> str:
        return self.prefix + check_key(key)

    def _fail(self, op: str, key: str, e: Exception) -> StorageError:
        if isinstance(e, ClientError):
            err = e.response.get("Error", {})
            code = str(err.get("Code", ""))
            if code in _NOT_FOUND:
                return KeyMissing(f"archive object missing: {self.describe(key)}")
            detail = f"{code} {err.get('Message', '')}".strip()
        else:
            detail = str(e)
        return StorageError(f"S3 {op} of {self.describe(key)} failed: {detail}")

    def put_file(self, key: str, src: Path, *, move: bool = False) -> None:
        try:
            self._s3.upload_file(str(src), self.bucket, self._key(key))
        except (ClientError, BotoCoreError) as e:
            raise self._fail("upload", key, e) from e
        except OSError as e:
            raise StorageError(f"cannot read {src} for upload: {e.strerror or e}") from e
        if move:
            Path(src).unlink()

    def put_bytes(self, key: str, data: bytes) -> None:
        try:
            self._s3.put_object(Bucket=self.bucket, Key=self._key(key), Body=data)
        except (ClientError, BotoCoreError) as e:
            raise self._fail("upload", key, e) from e

    def get_bytes(self, key: str) -> bytes:
        with self.open(key) as body:
            try:
                return body.read()
            except (ClientError, BotoCoreError) as e:
                raise self._fail("download", key, e) from e

    def open(self, key: str) -> BinaryIO:
        try:
            return self._s3.get_object(Bucket=self.bucket, Key=self._key(key))["Body"]
        except (ClientError, BotoCoreError) as e:
            raise self._fail("download", key, e) from e

    def download(self, key: str, dest: Path) -> None:
        """The object into a local file (the S3 inbox's spool)."""
        try:
            self._s3.download_file(self.bucket, self._key(key), str(dest))
        except (ClientError, BotoCoreError) as e:
            raise self._fail("download", key, e) from e
        except OSError as e:
            raise StorageError(f"cannot write {dest} from {self.describe(key)}: {e.strerror or e}") from e

    def exists(self, key: str) -> bool:
        try:
            self._s3.head_object(Bucket=self.bucket, Key=self._key(key))
            return True
        except ClientError as e:
            if isinstance(self._fail("lookup", key, e), KeyMissing):
                return False
            raise self._fail("lookup", key, e) from e
        except BotoCoreError as e:
            raise self._fail("lookup", key, e) from e

    def delete(self, key: str) -> None:
        try:
            self._s3.delete_object(Bucket=self.bucket, Key=self._key(key))
        except (ClientError, BotoCoreError) as e:
            raise self._fail("delete", key, e) from e

    def copy(self, src_key: str, dst_key: str) -> None:
        try:
            self._s3.copy_object(Bucket=self.bucket, Key=self._key(dst_key),
                                 CopySource={"Bucket": self.bucket, "Key": self._key(src_key)})
        except (ClientError, BotoCoreError) as e:
            raise self._fail("copy", src_key, e) from e

    def list(self, prefix: str = "") -> list[str]:
        keys: list[str] = []
        try:
            pages = self._s3.get_paginator("list_objects_v2").paginate(
                Bucket=self.bucket, Prefix=self.prefix + prefix)
            for page in pages:
                keys.extend(o["Key"][len(self.prefix):] for o in page.get("Contents", []))
        except (ClientError, BotoCoreError) as e:
            raise self._fail("listing", prefix or ".", e) from e
        return sorted(keys)

    def describe(self, key: str) -> str:
        return f"s3://{self.bucket}/{self.prefix}{key}"


