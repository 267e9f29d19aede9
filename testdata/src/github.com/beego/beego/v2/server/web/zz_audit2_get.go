package web

// Get registers a GET route on the default server (beego v2.3.8 server.go).
func Get(rootpath string, f HandleFunc) *HttpServer { panic("stub") }
