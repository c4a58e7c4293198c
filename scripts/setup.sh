#!/usr/bin/env bash
# Set-up on a fresh Debian machine: installs what is missing, then runs mailsort over sample_scans/.
#   bash scripts/setup.sh             install + run the main job on the embedded defaults
#   bash scripts/setup.sh --deps-only install only (used by scripts/test.sh)
#   bash scripts/setup.sh --test      also install the test tools (used by scripts/test.sh)
set -euo pipefail
cd "$(dirname "$0")/.."

# train: `mailsort train` and the nightly retrain (scikit-learn); postgres: the driver for a
# postgresql:// database_url; queue: Celery for `mailsort worker`. The mailroom itself needs none.
run_job=1; extras="[train,postgres,queue]"
for arg in "$@"; do
  case "$arg" in
    --deps-only) run_job=0 ;;
    --test) extras="[train,postgres,queue,test]" ;;
    *) echo "setup.sh: unknown option $arg" >&2; exit 2 ;;
  esac
done

sudo_cmd=""
[ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"

packages=(tesseract-ocr tesseract-ocr-deu tesseract-ocr-eng tesseract-ocr-osd poppler-utils
          fonts-dejavu-core fonts-liberation)
python3 -c 'import ensurepip, venv' 2>/dev/null || packages+=(python3-venv)
# dovecot-imapd: the IMAP intake tests start their own throwaway dovecot on a free port.
[[ "$extras" == *test* ]] && packages+=(chromium dovecot-imapd)
missing=()
for pkg in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "==> installing system packages: ${missing[*]}"
  $sudo_cmd apt-get update -qq
  $sudo_cmd env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
  if [[ " ${missing[*]} " == *" dovecot-imapd "* ]] && command -v systemctl >/dev/null; then
    # The tests run their own dovecot; the package's system-wide service is not wanted here.
    $sudo_cmd systemctl disable --now dovecot >/dev/null 2>&1 || true
  fi
fi

if [ ! -x .venv/bin/python ]; then
  echo "==> creating .venv"
  python3 -m venv .venv
fi
stamp=".venv/.installed-${extras//[^a-z]/-}"
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  echo "==> installing mailsort${extras} into .venv"
  .venv/bin/pip install -q --upgrade pip
  .venv/bin/pip install -q -e ".${extras}"
  # The lab (evaluation-set generators, renderers) is its own distribution; the tests use it.
  [[ "$extras" == *test* ]] && .venv/bin/pip install -q -e lab/
  touch "$stamp"
fi

if [ "$run_job" = 1 ]; then
  # The schema first (a no-op when it is current; safe when several nodes run it at once).
  .venv/bin/mailsort db upgrade
  .venv/bin/mailsort doctor
  echo "==> mailsort process sample_scans/ (archive and index in ./mailsort-data)"
  status=0
  .venv/bin/mailsort process sample_scans/ || status=$?
  # 4 = something was quarantined: reported in the table, not a set-up failure
  if [ "$status" != 0 ] && [ "$status" != 4 ]; then exit "$status"; fi
  echo "==> done. Try: .venv/bin/mailsort search Rechnung   |   .venv/bin/mailsort --help"
fi
