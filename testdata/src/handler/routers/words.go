package routers

import "net/http"

// Look-alike routes: a product return and an OAuth callback are neither a
// payment redirect nor a payment webhook.
func Words() {
	http.HandleFunc("POST /orders/{id}/return", productReturn)
	http.HandleFunc("/auth/callback", oauthCallback)
	http.HandleFunc("/return", handleReturn)
}

func productReturn(w http.ResponseWriter, r *http.Request) { // want `handler productReturn fw=net/http routes=\[POST /orders/\{id\}/return\] redirect=- webhook=- params=\[\] headers=\[\]`
}

func oauthCallback(w http.ResponseWriter, r *http.Request) { // want `handler oauthCallback fw=net/http routes=\[/auth/callback\] redirect=- webhook=- params=\[query:code\] headers=\[\]`
	_ = r.URL.Query().Get("code")
}

func handleReturn(w http.ResponseWriter, r *http.Request) { // want `handler handleReturn fw=net/http routes=\[/return\] redirect=route /return webhook=- params=\[\] headers=\[\]`
}
