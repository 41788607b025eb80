// Outputs of virsh 9.0.0 captured here (LC_ALL=C): qemu:///system on a private libvirtd with a
// TCG q35 guest, and the built-in test:///default driver.
export const DOMINFO_RUNNING = `Id:             1
Name:           cap
UUID:           071333f3-59bf-4514-9d4d-2673ef8d0f56
OS Type:        hvm
State:          running
CPU(s):         1
CPU time:       0.3s
Max memory:     131072 KiB
Used memory:    131072 KiB
Persistent:     yes
Autostart:      disable
Managed save:   no
Security model: none
Security DOI:   0
Messages:       tainted: running with undesirable elevated privileges

`

export const DOMINFO_SHUTOFF = `Id:             -
Name:           cap
UUID:           071333f3-59bf-4514-9d4d-2673ef8d0f56
OS Type:        hvm
State:          shut off
CPU(s):         1
Max memory:     131072 KiB
Used memory:    131072 KiB
Persistent:     yes
Autostart:      disable
Managed save:   no
Security model: none
Security DOI:   0

`

export const DOMINFO_TRANSIENT = `Id:             2
Name:           cap2
UUID:           0f4505ce-4a5b-4de0-850c-6c33a98eed3c
OS Type:        hvm
State:          running
CPU(s):         1
CPU time:       0.3s
Max memory:     131072 KiB
Used memory:    131072 KiB
Persistent:     no
Autostart:      disable
Managed save:   no
Security model: none
Security DOI:   0
Messages:       tainted: running with undesirable elevated privileges

`

/** test:///default: an empty "Security DOI:" value and a security label line. */
export const DOMINFO_TEST_DRIVER = `Id:             1
Name:           test
UUID:           6695eb01-f6a4-8304-79aa-97f2502e193f
OS Type:        linux
State:          running
CPU(s):         2
CPU time:       1795650265.2s
Max memory:     8388608 KiB
Used memory:    2097152 KiB
Persistent:     yes
Autostart:      disable
Managed save:   no
Security model: testSecurity
Security DOI:   
Security label: libvirt-test (enforcing)

`

export const LIST_EMPTY = ` Id   Name   State
--------------------

`

export const LIST_RUNNING = ` Id   Name   State
----------------------
 1    cap    running

`

export const LIST_SHUTOFF = ` Id   Name   State
-----------------------
 -    cap    shut off

`

export const JOB_NONE = `Job type:         None        

`

export const JOB_SAVE_RUNNING = `Job type:         Unbounded   
Operation:        Save        
Time elapsed:     161          ms
Data processed:   2.977 MiB
Data remaining:   750.336 MiB
Data total:       2.000 GiB
Memory processed: 2.977 MiB
Memory remaining: 750.336 MiB
Memory total:     2.000 GiB
Dirty rate:       0            pages/s
Page size:        4096         bytes
Iteration:        1           
Postcopy requests: 0           
Constant pages:   332299      
Normal pages:     32          
Normal data:      128.000 KiB
Expected downtime: 300          ms
Setup time:       2            ms

`

export const JOB_SAVE_COMPLETED = `Job type:         Completed   
Operation:        Save        
Time elapsed:     201          ms
Data processed:   4.974 MiB
Data remaining:   0.000 B
Data total:       2.000 GiB
Memory processed: 4.974 MiB
Memory remaining: 0.000 B
Memory total:     2.000 GiB
Memory bandwidth: 34.527 MiB/s
Dirty rate:       0            pages/s
Page size:        4096         bytes
Iteration:        3           
Postcopy requests: 0           
Constant pages:   524297      
Normal pages:     121         
Normal data:      484.000 KiB
Total downtime:   190          ms
Setup time:       2            ms

`

/** stderr of failed calls, as virsh printed them. */
export const ERRORS = {
  exists: `error: Failed to define domain from /tmp/exec-lv/dom.xml
error: operation failed: domain 'cap' already exists with uuid 071333f3-59bf-4514-9d4d-2673ef8d0f56

`,
  alreadyActive: 'error: Domain is already active\n\n',
  notRunning: `error: Failed to destroy domain 'cap'
error: Requested operation is not valid: domain is not running

`,
  notFound: "error: failed to get domain 'cap'\n\n",
  noSocket: `error: failed to connect to the hypervisor
error: Failed to connect socket to '/var/run/libvirt/libvirt-sock': No such file or directory

`,
  refused: `error: failed to connect to the hypervisor
error: Failed to connect socket to '/var/run/libvirt/libvirt-sock': Connection refused

`,
  transient: `error: Failed to undefine domain 'cap2'
error: Requested operation is not valid: cannot undefine transient domain

`,
  noType: `error: Failed to define domain from /dev/stdin
error: internal error: missing domain type attribute

`,
  badXml: `error: Failed to define domain from /dev/stdin
error: (domain_definition):2: Couldn't find end of Start Tag domain line 1
(null)
^

`,
  noJobInfo: 'error: this function is not supported by the connection driver: virDomainGetJobInfo\n\n'
}
