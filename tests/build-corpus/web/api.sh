#!/bin/sh
echo "Content-Type: text/plain"
echo
echo "web -> app -> db"
wget -q -O - "$APP_URL/cgi-bin/query"
