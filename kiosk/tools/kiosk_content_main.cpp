// Replaced by the content library work: see docs/content-format.md.
int main() { return 2; }
