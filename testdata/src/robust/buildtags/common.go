package buildtags

func Platform() string { return platform() }
