"""Drives the simulator with the official Python client (python3-kubernetes).

Usage: configmaps.py KUBECONFIG NAMESPACE
Creates a ConfigMap, lists, then changes ConfigMaps and watches from the list's resourceVersion,
then lists page by page, printing one line per observation for the Java test to assert.
"""
import sys

from kubernetes import client, config, watch


def main(kubeconfig, namespace):
    config.load_kube_config(config_file=kubeconfig)
    api = client.CoreV1Api()

    def configmap(name, value):
        return client.V1ConfigMap(metadata=client.V1ObjectMeta(name=name), data={"key": value})

    created = api.create_namespaced_config_map(namespace, configmap("py-first", "v1"))
    print("CREATED", created.metadata.name, created.metadata.uid is not None)

    listed = api.list_namespaced_config_map(namespace)
    print("LISTED", " ".join(sorted(cm.metadata.name for cm in listed.items)))

    # Changes after the list: a watch from the list's resourceVersion must replay each of them.
    api.create_namespaced_config_map(namespace, configmap("py-second", "v1"))
    api.patch_namespaced_config_map("py-first", namespace, {"data": {"key": "v2"}})
    api.delete_namespaced_config_map("py-second", namespace)

    w = watch.Watch()
    seen = 0
    for event in w.stream(api.list_namespaced_config_map, namespace,
                          resource_version=listed.metadata.resource_version, timeout_seconds=10):
        cm = event["object"]
        print("EVENT", event["type"], cm.metadata.name, cm.data["key"])
        seen += 1
        if seen == 3:
            w.stop()
    print("WATCHED", seen)

    # Paging with limit and continue, as the client's callers walk large lists.
    pages, token = [], None
    while True:
        page = api.list_namespaced_config_map(namespace, limit=1, _continue=token)
        pages.append(",".join(cm.metadata.name for cm in page.items))
        token = page.metadata._continue
        if not token:
            break
    print("PAGES", " ".join(pages))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
