// Command acmeapp mounts the Acme bank's callbacks on gorilla/mux: a
// subrouter whose middleware verifies, and routes beside it.
package main

import (
	"net/http"
	"os"

	"github.com/gorilla/mux"

	"v18outsidegroup/acmehooks"
	"v18outsidegroup/acmesig"
)

func main() {
	cb := &acmehooks.Callbacks{}
	r := mux.NewRouter()

	signed := r.PathPrefix("/callbacks/acme").Subrouter()
	signed.Use(acmesig.Middleware([]byte(os.Getenv("ACME_SECRET"))))
	signed.HandleFunc("/settled", cb.Settled).Methods(http.MethodPost)

	r.HandleFunc("/callbacks/acme/bounced", cb.Bounced).Methods(http.MethodPost) // want `payment webhook handler cb.Bounced \(package v18outsidegroup/acmehooks\) mounted on POST /callbacks/acme/bounced verifies no signature, and no middleware on this route does: it stores what it decoded \(ledgerdb.Store.SetTransferStatus\), an event its sibling route /callbacks/acme/settled takes only behind a verifying middleware`

	// A probe that stores nothing, and a health check: silent.
	r.HandleFunc("/callbacks/acme/status", cb.Status).Methods(http.MethodPost)
	r.HandleFunc("/healthz", func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(http.StatusOK) })

	_ = http.ListenAndServe(":8080", r)
}
