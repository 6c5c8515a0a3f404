# The required fields of a procedure's form (GET /api/v1/procedures/{id}), filled like
# tests/WebApi.IntegrationTests/Dossiers/FormFillers.cs: jq -c -f bench/fill-form.jq
# A File field names the file "giay-to.pdf", which template_draft (lib/drafts.sh) attaches to the draft.
[.form[] | select(.required) | {key, value: (
  if .type == "Number" then ((.min // 2020) | tostring) elif .type == "Date" then "2008-05-01"
  elif .type == "Select" then .options[0].value elif .type == "CitizenId" then "001090012345"
  elif .type == "Phone" then "0912345678" elif .type == "Email" then "an.nguyen@example.vn"
  elif .type == "School" then "Trường THPT Chu Văn An" elif .type == "File" then "giay-to.pdf" else "Nguyễn Văn Đức" end)}] | from_entries
