#!/usr/bin/env bash
# Shared by the benchmarks that submit dossiers (sourced after scripts/lib.sh): how a form is filled, and the one real
# draft that bench/copy-drafts.sql copies.

# The required fields of a procedure's form filled like tests/WebApi.IntegrationTests/Dossiers/FormFillers.cs (jq).
FILL=$(grep -v '^#' "$(dirname "${BASH_SOURCE[0]}")/../fill-form.jq")

template_draft() {
  # $1 base URL, $2 the applicant's token, $3 procedure, $4 deciding agency, $5 form (JSON), $6 a work folder.
  # Starts a draft through the API and attaches one small PDF to each mandatory document, as an applicant would;
  # prints its id. Its rows are what the application writes, so the copies of it are real drafts.
  local draft
  draft=$(curl -fsS -X POST "$1/api/v1/dossiers" -H "Authorization: Bearer $2" -H 'Content-Type: application/json' \
    -d "{\"procedureId\":\"$3\",\"decidingAgencyId\":\"$4\",\"formData\":$5}" | jq -er .id) || { log "could not start a draft"; return 1; }
  { printf '%%PDF-1.7\n'; head -c 20000 /dev/urandom; } >"$6/document.pdf"
  curl -fsS "$1/api/v1/dossiers/$draft" -H "Authorization: Bearer $2" | jq -r '.requiredDocuments[] | select(.mandatory) | .name' |
    while IFS= read -r name; do
      curl -fsS -o /dev/null -X POST "$1/api/v1/dossiers/$draft/attachments" -H "Authorization: Bearer $2" \
        -F "file=@$6/document.pdf;type=application/pdf" -F "documentName=$name" || { log "could not attach '$name'"; exit 1; }
    done || return 1
  # A File field's value names a file attached to the dossier (fill-form.jq writes "giay-to.pdf"): attach it once.
  if jq -e 'any(.[]; . == "giay-to.pdf")' <<<"$5" >/dev/null; then
    cp "$6/document.pdf" "$6/giay-to.pdf"
    curl -fsS -o /dev/null -X POST "$1/api/v1/dossiers/$draft/attachments" -H "Authorization: Bearer $2" \
      -F "file=@$6/giay-to.pdf;type=application/pdf" || { log "could not attach the file of a File field"; return 1; }
  fi
  echo "$draft"
}
