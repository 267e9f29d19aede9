// Package mount mounts the receiver of another package.
package mount

import (
	"net/http"

	"model/voc/envelope/hooks"
)

func Routes(mux *http.ServeMux, rc *hooks.Receiver) {
	mux.HandleFunc("POST /dd/events", rc.Collected) // want `payment webhook handler rc.Collected \(package model/voc/envelope/hooks\) mounted on POST /dd/events verifies no signature`
	mux.HandleFunc("POST /dd/sync", rc.Sync)
	mux.HandleFunc("POST /dd/import", rc.Import)
}
