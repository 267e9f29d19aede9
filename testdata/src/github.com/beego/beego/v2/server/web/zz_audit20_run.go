package web

// Run starts beego's default server (checked: v2.3.8 server/web/beego.go).
func Run(params ...string) {}
