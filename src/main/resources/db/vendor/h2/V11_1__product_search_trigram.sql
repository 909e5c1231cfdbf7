-- H2: no trigram indexes; the embedded database scans search_text, which is fast enough at its scale.
SELECT 1;
