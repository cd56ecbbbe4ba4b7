#!/bin/sh
# Refresh the .ts sources from the code (run from the repository root after changing texts):
# new texts appear as unfinished, vanished ones are dropped. Translators then fill them in
# (Qt Linguist: pyside6-linguist resources/translations/hostguard_de.ts).
set -e
LUPDATE="${LUPDATE:-pyside6-lupdate}"
for lang in zh_TW zh_CN es fr de ar ru ja; do
    "$LUPDATE" -silent -no-obsolete -locations relative -source-language en -target-language "$lang" \
        hostguard/ui/*.py -ts "resources/translations/hostguard_$lang.ts"
done
