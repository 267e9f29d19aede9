// Package app uses the configured names.
package app

import (
	"bytes"
	"encoding/json"
	"net/http"

	"model/configured/acme"
)

var hc = &http.Client{}

func calls(c *acme.Client, s *acme.Store, id string) { // want `wrapper calls write\|create\|read\|fulfillment\|statewrite acme.Charge$`
	acme.Charge(100, "k")                                 // want `op write\|create acme.Charge$`
	c.Lookup(id)                                          // want `op read acme.Client.Lookup$`
	acme.Grant("u")                                       // want `op fulfillment acme.Grant$`
	s.Save("paid")                                        // want `op statewrite acme.Store.Save$`
	hc.Get("https://acme.example/billing/attempts/" + id) // want `op read GET /billing/attempts/\{\} id=id$`
}

type body struct {
	Token string `json:"dedupe_token"`
}

func keys(id string) { // want `wrapper keys write\|create PUT /billing/attempts keyparam=0$`
	req, _ := http.NewRequest(http.MethodPut, "https://acme.example/billing/attempts", nil)
	req.Header.Set("X-Acme-Dedupe", "a-"+id)
	hc.Do(req) // want `op write PUT /billing/attempts key=X-Acme-Dedupe keyparam=0$`

	b, _ := json.Marshal(body{Token: id})
	hc.Post("https://acme.example/billing/attempts", "application/json", bytes.NewReader(b)) // want `op write\|create POST /billing/attempts key=dedupe_token keyparam=0$`

	r2, _ := http.NewRequest(http.MethodPost, "https://acme.example/billing/attempts", nil)
	acme.WithKey(r2, "w-"+id)
	hc.Do(r2) // want `op write\|create POST /billing/attempts key=acme.WithKey keyparam=0$`
}
