<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>IpmiRecords</name>
    <message>
        <location filename="../core/ipmi/ipmirecords.cpp" line="170"/>
        <source>upper non-recoverable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ipmi/ipmirecords.cpp" line="171"/>
        <source>lower non-recoverable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ipmi/ipmirecords.cpp" line="172"/>
        <source>upper critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ipmi/ipmirecords.cpp" line="173"/>
        <source>lower critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ipmi/ipmirecords.cpp" line="174"/>
        <source>upper non-critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ipmi/ipmirecords.cpp" line="175"/>
        <source>lower non-critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ipmi/ipmirecords.cpp" line="244"/>
        <source>BMC busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ipmi/ipmirecords.cpp" line="245"/>
        <source>command not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ipmi/ipmirecords.cpp" line="246"/>
        <source>command invalid for this LUN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ipmi/ipmirecords.cpp" line="247"/>
        <source>timeout while processing the command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ipmi/ipmirecords.cpp" line="248"/>
        <source>out of space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ipmi/ipmirecords.cpp" line="249"/>
        <source>reservation cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ipmi/ipmirecords.cpp" line="250"/>
        <source>request data truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ipmi/ipmirecords.cpp" line="251"/>
        <source>request data length invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ipmi/ipmirecords.cpp" line="252"/>
        <source>request data too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ipmi/ipmirecords.cpp" line="253"/>
        <source>parameter out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ipmi/ipmirecords.cpp" line="254"/>
        <source>cannot return the requested number of bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ipmi/ipmirecords.cpp" line="255"/>
        <source>requested sensor, data or record not present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ipmi/ipmirecords.cpp" line="256"/>
        <source>invalid data field in request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ipmi/ipmirecords.cpp" line="257"/>
        <source>command illegal for this sensor or record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ipmi/ipmirecords.cpp" line="258"/>
        <source>response could not be provided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ipmi/ipmirecords.cpp" line="259"/>
        <source>duplicated request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ipmi/ipmirecords.cpp" line="260"/>
        <source>SDR repository in update mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ipmi/ipmirecords.cpp" line="261"/>
        <source>device in firmware update mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ipmi/ipmirecords.cpp" line="262"/>
        <source>BMC initialization in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ipmi/ipmirecords.cpp" line="263"/>
        <source>destination unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ipmi/ipmirecords.cpp" line="264"/>
        <source>insufficient privilege level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ipmi/ipmirecords.cpp" line="265"/>
        <source>not supported in the present state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ipmi/ipmirecords.cpp" line="266"/>
        <source>sub-function disabled or unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ipmi/ipmirecords.cpp" line="267"/>
        <source>unspecified error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PowerControl</name>
    <message>
        <location filename="../core/ipmi/powercontrol.cpp" line="46"/>
        <source>Power on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ipmi/powercontrol.cpp" line="48"/>
        <source>Hard power-off: the node loses power at once, without shutting down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ipmi/powercontrol.cpp" line="51"/>
        <source>Soft power-off: the operating system is asked to shut down (ACPI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ipmi/powercontrol.cpp" line="54"/>
        <source>Hard reset: the node restarts at once, without shutting down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ipmi/powercontrol.cpp" line="57"/>
        <source>Power cycle: power off, then on again, without shutting down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../app/cli/cli.cpp" line="50"/>
        <source>No cluster profile exists yet (looked in %1). Add a cluster in the console, or start the lab with tests/lab/lab up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="54"/>
        <source>Several profiles exist (%1): choose one with --profile NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="13"/>
        <source>Usage: haconsole-cli [--profile NAME] COMMAND [ARGS]

Commands:
  status [--json]                      cluster state from every node
  status --from-xml FILE [--json]      read a saved crm_mon XML document
  move RESOURCE NODE [--lifetime ISO8601] [--keep-constraint] [--yes]
  ban RESOURCE NODE [--yes] | clear RESOURCE | cleanup [RESOURCE]
  standby NODE | online NODE | maintenance on|off [NODE]
  power NODE status|on|off|soft|reset|cycle [--yes]
  sensors NODE
  logs [--node NODE] [--since TIME] [--until TIME] [--grep RE] [--source S] [--follow]

Exit codes: 0 ok; 1 failed or cluster unhealthy; 2 usage; 3 node or BMC unreachable
or login refused; 4 unreadable input; 5 a dangerous action needs --yes.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="71"/>
        <source>Unknown command: %1
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ha</name>
    <message>
        <location filename="../core/cluster/clusterviews.cpp" line="53"/>
        <source>node %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cluster/clusterviews.cpp" line="65"/>
        <source>%1 could not be asked: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cluster/clusterviews.cpp" line="68"/>
        <source>Pacemaker is not running on %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cluster/clusterviews.cpp" line="102"/>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cluster/clusterviews.cpp" line="109"/>
        <source>%1 sees %2 offline, but %2 sees itself online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cluster/clusterviews.cpp" line="123"/>
        <source>SPLIT BRAIN: the nodes no longer see each other and act separately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cluster/clusterviews.cpp" line="125"/>
        <source>Each of %1 thinks it is the DC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cluster/clusterviews.cpp" line="127"/>
        <source>%1 each see themselves online and the other offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cluster/clusterviews.cpp" line="141"/>
        <source>%1 says it runs on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cluster/clusterviews.cpp" line="153"/>
        <source>%1 is active on more than one side: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cluster/clusterviews.cpp" line="165"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cluster/clusterviews.cpp" line="166"/>
        <source>%1 says %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cluster/clusterviews.cpp" line="172"/>
        <source>The nodes disagree about the DC: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cluster/clusterviews.cpp" line="183"/>
        <source>%1 has quorum, %2 has not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cluster/clusterviews.cpp" line="188"/>
        <source>No node has quorum: resources are stopped (no-quorum-policy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cluster/clusterviews.cpp" line="213"/>
        <source>All heartbeat links from %1 to %2 are down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cluster/clusterviews.cpp" line="214"/>
        <source>Heartbeat link %1 from %2 to %3 is down; the cluster runs on the remaining link without redundancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cluster/corosyncparser.cpp" line="17"/>
        <source>%1 output: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/moveoperation.cpp" line="45"/>
        <source>link %1: node id %2 is %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/report.cpp" line="32"/>
        <source>on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/report.cpp" line="34"/>
        <location filename="../core/ops/report.cpp" line="72"/>
        <source>exit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/report.cpp" line="93"/>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/report.cpp" line="95"/>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/report.cpp" line="97"/>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/report.cpp" line="99"/>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/report.cpp" line="101"/>
        <source>FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/report.cpp" line="103"/>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/report.cpp" line="105"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/servicecheck.cpp" line="31"/>
        <source>malformed MySQL greeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/servicecheck.cpp" line="42"/>
        <source>server answered with an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/servicecheck.cpp" line="45"/>
        <source>not a MySQL greeting (first byte 0x%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/power/fencingcheck.cpp" line="80"/>
        <source>The CIB resources could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/power/fencingcheck.cpp" line="106"/>
        <location filename="../core/power/fencingcheck.cpp" line="112"/>
        <source>Fence device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/power/fencingcheck.cpp" line="107"/>
        <source>No IPMI fence device in the CIB targets %1: the cluster cannot fence it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/power/fencingcheck.cpp" line="113"/>
        <source>%1 (%2) targets %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/power/fencingcheck.cpp" line="115"/>
        <source>BMC in the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/power/fencingcheck.cpp" line="116"/>
        <source>The console knows no BMC for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/power/fencingcheck.cpp" line="121"/>
        <source>CIB: %1, console: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/power/fencingcheck.cpp" line="122"/>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/power/fencingcheck.cpp" line="124"/>
        <source>BMC address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/power/fencingcheck.cpp" line="125"/>
        <source>BMC port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/power/fencingcheck.cpp" line="126"/>
        <source>BMC user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/power/powerguard.cpp" line="18"/>
        <source>power on: the node boots and rejoins the cluster if its services start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/power/powerguard.cpp" line="20"/>
        <source>hard power off: the node stops at once, no clean shutdown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/power/powerguard.cpp" line="22"/>
        <source>soft off: the BMC asks the operating system to shut down (ACPI); the node stops once the shutdown completes, or never if the OS ignores it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/power/powerguard.cpp" line="25"/>
        <source>hard reset: the node restarts at once, no clean shutdown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/power/powerguard.cpp" line="27"/>
        <source>power cycle: the node loses power at once, no clean shutdown, and is powered on again after a few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/power/powerguard.cpp" line="69"/>
        <source>The cluster&apos;s state is unknown: the console cannot tell what %1 runs or whether another node can take over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/power/powerguard.cpp" line="90"/>
        <source>%1 runs the database group %2: the database is unavailable until %3 takes over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/power/powerguard.cpp" line="94"/>
        <source>%1 runs the database group %2 and no other node can take it over: the database stays down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/power/powerguard.cpp" line="98"/>
        <source>%1 is the last online node: the whole cluster stops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/power/powerguard.cpp" line="102"/>
        <source>The console reads the cluster through %1: its view goes stale at once and switches to another node after the connection times out; the cluster itself does not depend on the console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/probe/greeting.cpp" line="49"/>
        <source>not a MySQL greeting (packet length %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/probe/greeting.cpp" line="51"/>
        <source>not a MySQL greeting (sequence id %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/probe/greeting.cpp" line="59"/>
        <source>truncated MySQL error packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/probe/greeting.cpp" line="70"/>
        <source>unsupported MySQL protocol version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/probe/greeting.cpp" line="74"/>
        <source>MySQL greeting without a version terminator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/probe/greeting.cpp" line="77"/>
        <source>MySQL greeting with an unreadable server version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/probe/greeting.cpp" line="81"/>
        <source>MySQL greeting too short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/probe/greeting.cpp" line="83"/>
        <source>MySQL greeting with a bad filler byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/probe/greeting.cpp" line="98"/>
        <source>no SSH version line in the first %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/probe/greeting.cpp" line="102"/>
        <location filename="../core/probe/greeting.cpp" line="111"/>
        <source>not an SSH server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/probe/greeting.cpp" line="115"/>
        <source>SSH version line too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/probe/greeting.cpp" line="120"/>
        <source>malformed SSH version line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/probe/greeting.cpp" line="122"/>
        <source>unsupported SSH protocol %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/probe/greeting.cpp" line="124"/>
        <source>SSH version line with control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/profile/profilestore.cpp" line="202"/>
        <source>The password file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/profile/profilestore.cpp" line="207"/>
        <source>The password file %1 can be read by other users; make it private with: chmod 600 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/profile/profilestore.cpp" line="212"/>
        <source>Cannot read the password file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/profile/profilestore.cpp" line="217"/>
        <source>The password file %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ssh/nodesession.cpp" line="34"/>
        <source>disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ssh/nodesession.cpp" line="36"/>
        <source>connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ssh/nodesession.cpp" line="38"/>
        <source>waiting for a host key decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ssh/nodesession.cpp" line="40"/>
        <source>logging in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ssh/nodesession.cpp" line="42"/>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ssh/nodesession.cpp" line="44"/>
        <source>reconnecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ssh/nodesession.cpp" line="46"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ha::AuditLog</name>
    <message>
        <location filename="../core/audit/auditlog.cpp" line="43"/>
        <source>Cannot create the directory %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/audit/auditlog.cpp" line="53"/>
        <source>Cannot open the audit log %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/audit/auditlog.cpp" line="60"/>
        <source>Cannot write to the audit log %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/audit/auditlog.cpp" line="74"/>
        <source>Cannot read the audit log %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ha::AuditLogModel</name>
    <message>
        <location filename="../core/audit/auditlogmodel.cpp" line="70"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../core/audit/auditlogmodel.cpp" line="72"/>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <location filename="../core/audit/auditlogmodel.cpp" line="74"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/audit/auditlogmodel.cpp" line="76"/>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/audit/auditlogmodel.cpp" line="78"/>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/audit/auditlogmodel.cpp" line="80"/>
        <source>Exit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/audit/auditlogmodel.cpp" line="82"/>
        <source>Duration (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/audit/auditlogmodel.cpp" line="84"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ha::AvailabilityChart</name>
    <message>
        <location filename="../ui/charts/availabilitychart.cpp" line="46"/>
        <source>Greeting latency (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/availabilitychart.cpp" line="90"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../ui/charts/availabilitychart.cpp" line="153"/>
        <source>Outage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/availabilitychart.cpp" line="162"/>
        <source>down %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/availabilitychart.cpp" line="169"/>
        <source>Latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/availabilitychart.cpp" line="194"/>
        <source>Probe failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/availabilitychart.cpp" line="207"/>
        <source>DOWN: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/availabilitychart.cpp" line="208"/>
        <source>up</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/charts/availabilitychart.cpp" line="209"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 · %3 % of probes answered in the last %4 · %n outage(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ha::BanOperation</name>
    <message>
        <location filename="../core/ops/resourceoperations.cpp" line="62"/>
        <source>Ban %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/resourceoperations.cpp" line="67"/>
        <source>Ban from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/resourceoperations.cpp" line="72"/>
        <source>Ban %1 from %2? If it runs there it stops and moves; the ban stays until it is cleared%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/resourceoperations.cpp" line="75"/>
        <source> or its lifetime %1 ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/resourceoperations.cpp" line="88"/>
        <source>The cluster has no resource %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/resourceoperations.cpp" line="90"/>
        <source>%1 is not a node of this cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/resourceoperations.cpp" line="99"/>
        <source>Pacemaker&apos;s simulation shows %1 would not run anywhere else: the ban stops it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/resourceoperations.cpp" line="109"/>
        <source>%1 still runs on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/resourceoperations.cpp" line="114"/>
        <source>no ban constraint for %1 is in the CIB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ha::Charts</name>
    <message>
        <location filename="../ui/charts/durationtext.cpp" line="10"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/durationtext.cpp" line="12"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/durationtext.cpp" line="13"/>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ha::CleanupOperation</name>
    <message>
        <location filename="../core/ops/resourceoperations.cpp" line="218"/>
        <source>all resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/resourceoperations.cpp" line="219"/>
        <source>Clean up %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/resourceoperations.cpp" line="220"/>
        <source>Clean up %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/resourceoperations.cpp" line="230"/>
        <source>Clean up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/resourceoperations.cpp" line="249"/>
        <source>failed action %1 on %2 is still listed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ha::ClearOperation</name>
    <message>
        <location filename="../core/ops/resourceoperations.cpp" line="129"/>
        <source>Clear all leftover move/ban constraints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/resourceoperations.cpp" line="130"/>
        <source>Clear move/ban constraints of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/resourceoperations.cpp" line="131"/>
        <source>Clear move/ban constraints of %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/resourceoperations.cpp" line="141"/>
        <source>Clear constraints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/resourceoperations.cpp" line="193"/>
        <source>There is no cli-prefer-/cli-ban- constraint to clear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/resourceoperations.cpp" line="195"/>
        <source>Resources may move once these constraints are gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/resourceoperations.cpp" line="203"/>
        <source>%1 is still there</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ha::CliConstraint</name>
    <message>
        <location filename="../core/ops/leftoverconstraints.cpp" line="12"/>
        <source>%1 pinned to %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/leftoverconstraints.cpp" line="13"/>
        <source>%1 banned from %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/leftoverconstraints.cpp" line="16"/>
        <source>, with a lifetime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/leftoverconstraints.cpp" line="67"/>
        <source>The constraints document is not valid XML: %1 (line %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ha::CommandTemplates</name>
    <message>
        <location filename="../core/ssh/logtemplates.cpp" line="15"/>
        <source>%1 log files are more than 64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ssh/logtemplates.cpp" line="21"/>
        <source>“%1” is not a log file the console may read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ha::ConstraintModel</name>
    <message>
        <location filename="../core/cluster/constraintmodel.cpp" line="29"/>
        <source>ban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cluster/constraintmodel.cpp" line="29"/>
        <source>prefer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cluster/constraintmodel.cpp" line="34"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cluster/constraintmodel.cpp" line="35"/>
        <source>expired %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cluster/constraintmodel.cpp" line="42"/>
        <source>%1 is banned from %2 (left by crm_resource --ban or --move)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cluster/constraintmodel.cpp" line="44"/>
        <source>%1 is pinned to %2 (left by crm_resource --move)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cluster/constraintmodel.cpp" line="47"/>
        <source>role: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cluster/constraintmodel.cpp" line="48"/>
        <source>Remove it with: crm_resource --clear -r %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cluster/constraintmodel.cpp" line="59"/>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <location filename="../core/cluster/constraintmodel.cpp" line="60"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cluster/constraintmodel.cpp" line="61"/>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <location filename="../core/cluster/constraintmodel.cpp" line="62"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cluster/constraintmodel.cpp" line="63"/>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cluster/constraintmodel.cpp" line="64"/>
        <source>Constraint</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ha::ConstraintsParser</name>
    <message>
        <location filename="../core/cluster/constraintsparser.cpp" line="47"/>
        <source>the constraints document is larger than 64 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cluster/constraintsparser.cpp" line="62"/>
        <source>expected &lt;constraints&gt; (cibadmin -Q -o constraints), found &lt;%1&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cluster/constraintsparser.cpp" line="106"/>
        <source>the constraints document is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cluster/constraintsparser.cpp" line="107"/>
        <source>constraints XML, line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ha::CorosyncParser</name>
    <message>
        <location filename="../core/cluster/corosyncparser.cpp" line="79"/>
        <location filename="../core/cluster/corosyncparser.cpp" line="118"/>
        <source>no &apos;Local node ID&apos; line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cluster/corosyncparser.cpp" line="179"/>
        <source>no &apos;Quorate:&apos; line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ha::CrmMonParser</name>
    <message>
        <location filename="../core/cluster/crmmonparser.cpp" line="551"/>
        <source>the crm_mon document is larger than %1 MB; refusing to read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cluster/crmmonparser.cpp" line="563"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cluster/crmmonparser.cpp" line="567"/>
        <source>%1 is larger than %2 MB; refusing to read it as a crm_mon document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ha::FailureModel</name>
    <message>
        <location filename="../core/cluster/failuremodel.cpp" line="19"/>
        <source>%1 (every %2 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cluster/failuremodel.cpp" line="21"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cluster/failuremodel.cpp" line="28"/>
        <source>%1 of %2 failed on %3: %4 (exit code %5, %6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cluster/failuremodel.cpp" line="44"/>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <location filename="../core/cluster/failuremodel.cpp" line="45"/>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <location filename="../core/cluster/failuremodel.cpp" line="46"/>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cluster/failuremodel.cpp" line="47"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cluster/failuremodel.cpp" line="48"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cluster/failuremodel.cpp" line="49"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ha::FencingTest</name>
    <message>
        <location filename="../core/power/fencingtest.cpp" line="23"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/power/fencingtest.cpp" line="33"/>
        <source>… (%1 more lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/power/fencingtest.cpp" line="41"/>
        <source>%1 did not run: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/power/fencingtest.cpp" line="43"/>
        <source>%1 failed (exit code %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/power/fencingtest.cpp" line="44"/>
        <source>%1 failed (exit code %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/power/fencingtest.cpp" line="75"/>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/power/fencingtest.cpp" line="77"/>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/power/fencingtest.cpp" line="79"/>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/power/fencingtest.cpp" line="81"/>
        <source>FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/power/fencingtest.cpp" line="83"/>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/power/fencingtest.cpp" line="85"/>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/power/fencingtest.cpp" line="126"/>
        <source>the console has no SSH connection to %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/power/fencingtest.cpp" line="229"/>
        <source>no way to run commands on the nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/power/fencingtest.cpp" line="250"/>
        <source>The cluster&apos;s fence device for %1 points at the BMC the console knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/power/fencingtest.cpp" line="251"/>
        <source>%1 finds a device that can fence %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/power/fencingtest.cpp" line="252"/>
        <source>Fencing history of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/power/fencingtest.cpp" line="265"/>
        <source>The profile names no BMC for %1: nothing to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/power/fencingtest.cpp" line="273"/>
        <source>Reading the cluster configuration on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/power/fencingtest.cpp" line="282"/>
        <source>The cluster configuration could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/power/fencingtest.cpp" line="291"/>
        <source>%1 — %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/power/fencingtest.cpp" line="291"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/power/fencingtest.cpp" line="291"/>
        <source>MISMATCH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/power/fencingtest.cpp" line="293"/>
        <source>No IPMI fence device in the cluster configuration fences %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/power/fencingtest.cpp" line="330"/>
        <source>%1 knows no device that can fence %2: the cluster could not fence it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/power/fencingtest.cpp" line="334"/>
        <source>%1 would fence %2 with %3, not with %4 (the device checked above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/power/fencingtest.cpp" line="338"/>
        <source>%1 can fence %2 with: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/power/fencingtest.cpp" line="363"/>
        <source>stonith_admin: no fencing of %1 on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/power/fencingtest.cpp" line="364"/>
        <source>stonith_admin on %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/power/fencingtest.cpp" line="375"/>
        <source>crm_mon: no fencing actions against %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/power/fencingtest.cpp" line="378"/>
        <source>crm_mon: %1 fencing action(s) against %2; latest: %3 by %4, %5 %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/power/fencingtest.cpp" line="408"/>
        <source>A check is still running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/power/fencingtest.cpp" line="411"/>
        <source>The profile names no BMC for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/power/fencingtest.cpp" line="414"/>
        <source>There is no other node to watch the cluster from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/power/fencingtest.cpp" line="417"/>
        <source>The console has no current cluster status from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/power/fencingtest.cpp" line="421"/>
        <source>%1 is not online: resetting %2 would leave no node running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/power/fencingtest.cpp" line="423"/>
        <source>%1 is not online now: there is nothing to test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/power/fencingtest.cpp" line="440"/>
        <source>the service group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/power/fencingtest.cpp" line="442"/>
        <source>Before: %1 and %2 online, %3 started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/power/fencingtest.cpp" line="443"/>
        <source>Reset %1 through its BMC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/power/fencingtest.cpp" line="444"/>
        <source>%1 goes down (seen from %2 or by the console)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/power/fencingtest.cpp" line="445"/>
        <source>%1 is back online in the cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/power/fencingtest.cpp" line="446"/>
        <source>%1 is started again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/power/fencingtest.cpp" line="473"/>
        <source>%1 is not fully started now: fix that first, or the result would mean nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/power/fencingtest.cpp" line="480"/>
        <source>%1 and %2 online; %3 runs on %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/power/fencingtest.cpp" line="481"/>
        <source>%1 and %2 online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/power/fencingtest.cpp" line="499"/>
        <source>The BMC accepted the reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/power/fencingtest.cpp" line="539"/>
        <source>%1 reports %2 %3 after %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/power/fencingtest.cpp" line="540"/>
        <source>UNCLEAN (lost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/power/fencingtest.cpp" line="540"/>
        <source>offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/power/fencingtest.cpp" line="545"/>
        <source>The console lost its connection to %1 after %2; %3 still lists it online (it may restart faster than the cluster status shows it gone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/power/fencingtest.cpp" line="553"/>
        <source>Neither %1 nor the console saw %2 go down within %3; it may have come back faster than the cluster status was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/power/fencingtest.cpp" line="575"/>
        <source>%1 reports %2 online %3 after it left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/power/fencingtest.cpp" line="580"/>
        <source>Its BMC reports power %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/power/fencingtest.cpp" line="581"/>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/power/fencingtest.cpp" line="581"/>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/power/fencingtest.cpp" line="586"/>
        <source>The cluster fenced it too (%1 by %2: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/power/fencingtest.cpp" line="600"/>
        <source>%1 did not come back within %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/power/fencingtest.cpp" line="603"/>
        <source>Its BMC reports the power OFF: the cluster fenced it and its fence device powers nodes off instead of restarting them. Power it on from the Power menu, then check that it rejoins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/power/fencingtest.cpp" line="615"/>
        <source>%1 was not started within %2 after %3 rejoined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/power/fencingtest.cpp" line="626"/>
        <source>%1 runs on %2 and stayed started for %3 (before the reset: %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/power/fencingtest.cpp" line="629"/>
        <source>No service group named in the profile: nothing to wait for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/power/fencingtest.cpp" line="646"/>
        <source>Cancelled by the operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/power/fencingtest.cpp" line="669"/>
        <source>guided fencing test: reset %1 through its BMC, watched from %2
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/power/fencingtest.cpp" line="697"/>
        <source>%1  %2  %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ha::GroupTimelineChart</name>
    <message>
        <location filename="../ui/charts/grouptimelinechart.cpp" line="32"/>
        <source>Running on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/grouptimelinechart.cpp" line="51"/>
        <source>not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/grouptimelinechart.cpp" line="84"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../ui/charts/grouptimelinechart.cpp" line="88"/>
        <source>&lt;b&gt;Where %1 ran&lt;/b&gt; — failovers and the downtime clients saw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/grouptimelinechart.cpp" line="94"/>
        <source>Group location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/grouptimelinechart.cpp" line="127"/>
        <source>Failover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/grouptimelinechart.cpp" line="141"/>
        <source>downtime %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/grouptimelinechart.cpp" line="142"/>
        <source>downtime not measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/grouptimelinechart.cpp" line="143"/>
        <source>%1 → %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ha::MaintenanceOperation</name>
    <message>
        <location filename="../core/ops/resourceoperations.cpp" line="318"/>
        <source>Turn cluster maintenance mode on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/resourceoperations.cpp" line="319"/>
        <source>Turn cluster maintenance mode off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/resourceoperations.cpp" line="320"/>
        <source>Put %1 in maintenance mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/resourceoperations.cpp" line="321"/>
        <source>Take %1 out of maintenance mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/resourceoperations.cpp" line="331"/>
        <source>Maintenance on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/resourceoperations.cpp" line="331"/>
        <source>Maintenance off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/resourceoperations.cpp" line="350"/>
        <source>cluster maintenance mode unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/resourceoperations.cpp" line="353"/>
        <source>%1 is not listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/resourceoperations.cpp" line="354"/>
        <source>%1: maintenance unchanged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ha::ManageOperation</name>
    <message>
        <location filename="../core/ops/resourceoperations.cpp" line="367"/>
        <source>Manage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/resourceoperations.cpp" line="367"/>
        <source>Unmanage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/resourceoperations.cpp" line="372"/>
        <source>Manage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/resourceoperations.cpp" line="372"/>
        <source>Unmanage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/resourceoperations.cpp" line="386"/>
        <source>%1 is not listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/resourceoperations.cpp" line="388"/>
        <source>%1 is not managed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/resourceoperations.cpp" line="389"/>
        <source>%1 is still managed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ha::MoveOperation</name>
    <message>
        <location filename="../core/ops/moveoperation.cpp" line="71"/>
        <source>Move %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/moveoperation.cpp" line="76"/>
        <source>Move to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/moveoperation.cpp" line="81"/>
        <source>where it runs now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/moveoperation.cpp" line="82"/>
        <source>Move %1 from %2 to %3? Its service is unavailable while it moves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/moveoperation.cpp" line="101"/>
        <source>only if the move fails: remove the move&apos;s constraint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/moveoperation.cpp" line="102"/>
        <source>remove the move&apos;s constraint once it runs there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/moveoperation.cpp" line="115"/>
        <source>Check the target&apos;s heartbeat links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/moveoperation.cpp" line="121"/>
        <source>all links connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/moveoperation.cpp" line="136"/>
        <source>The cluster has no resource %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/moveoperation.cpp" line="142"/>
        <source>%1 is not a node of this cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/moveoperation.cpp" line="146"/>
        <source>%1 is offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/moveoperation.cpp" line="148"/>
        <source>%1 is UNCLEAN (it may be fenced).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/moveoperation.cpp" line="150"/>
        <source>%1 is in standby: it cannot run resources. Bring it online first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/moveoperation.cpp" line="153"/>
        <source>%1 is in maintenance mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/moveoperation.cpp" line="155"/>
        <source>The cluster is in maintenance mode: Pacemaker would not move anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/moveoperation.cpp" line="157"/>
        <source>%1 already runs on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/moveoperation.cpp" line="159"/>
        <source>%1 is unmanaged: Pacemaker would not move it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/moveoperation.cpp" line="161"/>
        <source>Heartbeat links of %1 are not all up: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/moveoperation.cpp" line="163"/>
        <source>The heartbeat links of %1 could not be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/moveoperation.cpp" line="167"/>
        <source>%1 has a failed %2 of %3 (%4): it may refuse to run there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/moveoperation.cpp" line="172"/>
        <source>An earlier constraint exists: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/moveoperation.cpp" line="180"/>
        <source>Pacemaker would fence %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/moveoperation.cpp" line="182"/>
        <source>Blocked in the plan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/moveoperation.cpp" line="185"/>
        <source>Pacemaker&apos;s simulation shows %1 would not start on %2; moving would only leave a constraint behind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/moveoperation.cpp" line="195"/>
        <source>%1 is not in the cluster any more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/moveoperation.cpp" line="197"/>
        <source>%1 runs on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/moveoperation.cpp" line="198"/>
        <source>%1 is not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/moveoperation.cpp" line="202"/>
        <source>%1 is not running cleanly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/moveoperation.cpp" line="230"/>
        <source>Read the cluster state after the failed move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/moveoperation.cpp" line="234"/>
        <source>Cluster now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/moveoperation.cpp" line="237"/>
        <source>Constraints left for %1: %2. Clear them with “clear %1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/moveoperation.cpp" line="243"/>
        <source>To go back, move %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/moveoperation.cpp" line="245"/>
        <source>Cancelled: %1 is not verified on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/moveoperation.cpp" line="246"/>
        <source>%1 is not verified on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/moveoperation.cpp" line="250"/>
        <source>The move&apos;s constraint was removed, so the cluster places it by its own rules again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/moveoperation.cpp" line="252"/>
        <source>The move&apos;s constraint was KEPT as asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/moveoperation.cpp" line="259"/>
        <source>Remove the move&apos;s constraint (the move failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/moveoperation.cpp" line="263"/>
        <source>The constraint cli-prefer-%1 was kept as asked: %1 stays on %2 until it is cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/moveoperation.cpp" line="266"/>
        <source>%1 runs on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/moveoperation.cpp" line="269"/>
        <source>Remove the move&apos;s constraint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/moveoperation.cpp" line="272"/>
        <source>%1 runs on %2, but its cli-prefer constraint could not be removed: clear it with “clear %1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/moveoperation.cpp" line="284"/>
        <source>A cli- constraint for %1 is still there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/moveoperation.cpp" line="287"/>
        <source>%1 moved to %2 but did not stay there after the constraint was removed (resource-stickiness?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/moveoperation.cpp" line="292"/>
        <source>%1 runs on %2; a constraint for it remains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/moveoperation.cpp" line="297"/>
        <source>%1 runs on %2; no move constraint is left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/moveoperation.cpp" line="325"/>
        <source>The service on %1:%2 did not answer within 30 s after the move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/moveoperation.cpp" line="329"/>
        <source>Service on %1:%2 answered again %3 s after confirmation (downtime).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/moveoperation.cpp" line="334"/>
        <source>Service on %1:%2 answered throughout (%3 probes, no outage seen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/moveoperation.cpp" line="338"/>
        <source>Service availability</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ha::NodeModel</name>
    <message>
        <location filename="../core/cluster/nodemodel.cpp" line="31"/>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cluster/nodemodel.cpp" line="31"/>
        <source>OFFLINE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cluster/nodemodel.cpp" line="33"/>
        <source>UNCLEAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cluster/nodemodel.cpp" line="35"/>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cluster/nodemodel.cpp" line="37"/>
        <source>DC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cluster/nodemodel.cpp" line="39"/>
        <source>standby (on-fail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cluster/nodemodel.cpp" line="39"/>
        <source>standby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cluster/nodemodel.cpp" line="41"/>
        <source>maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cluster/nodemodel.cpp" line="43"/>
        <source>shutting down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cluster/nodemodel.cpp" line="45"/>
        <source>remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/cluster/nodemodel.cpp" line="61"/>
        <source>%n resource(s) running on this node</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/cluster/nodemodel.cpp" line="62"/>
        <source>%1 (id %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cluster/nodemodel.cpp" line="72"/>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <location filename="../core/cluster/nodemodel.cpp" line="73"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cluster/nodemodel.cpp" line="74"/>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
</context>
<context>
    <name>ha::NodeSession</name>
    <message>
        <location filename="../core/ssh/nodesession.cpp" line="160"/>
        <source>No command to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ssh/nodesession.cpp" line="202"/>
        <source>sudo on %1 asks %2 for a password, and the console never sends one. Allow these commands without a password (NOPASSWD in sudoers), e.g. `%2 ALL=(root) NOPASSWD: /usr/sbin/%3`.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ha::NodeWatcher</name>
    <message>
        <location filename="../core/monitor/nodewatcher.cpp" line="203"/>
        <source>crm_mon on %1 printed no status (exit code %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ha::OpenIpmiPowerControl</name>
    <message>
        <location filename="../core/ipmi/openipmipowercontrol.cpp" line="167"/>
        <source>%1 (BMC %2:%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ipmi/openipmipowercontrol.cpp" line="172"/>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ipmi/openipmipowercontrol.cpp" line="201"/>
        <source>No BMC address is configured for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ipmi/openipmipowercontrol.cpp" line="205"/>
        <source>Cipher suite 0 sends commands without any authentication; it is refused for %1. Use cipher suite 3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ipmi/openipmipowercontrol.cpp" line="209"/>
        <source>Cipher suite %1 (configured for %2) is not supported; use 3, 8, 12, 2 or 7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ipmi/openipmipowercontrol.cpp" line="214"/>
        <source>Unknown IPMI privilege &quot;%1&quot; for %2; use user, operator or admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ipmi/openipmipowercontrol.cpp" line="218"/>
        <source>The BMC user name (at most 16 bytes) or password (at most 20 bytes) for %1 is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ipmi/openipmipowercontrol.cpp" line="223"/>
        <source>The OpenIPMI library could not be initialised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ipmi/openipmipowercontrol.cpp" line="249"/>
        <source>Cannot set up an IPMI connection to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ipmi/openipmipowercontrol.cpp" line="270"/>
        <source>No answer from the BMC of %1 within %2 ms: it is down, hung, or not at that address and port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ipmi/openipmipowercontrol.cpp" line="301"/>
        <source>The BMC of %1 refused the login: wrong user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ipmi/openipmipowercontrol.cpp" line="305"/>
        <source>The BMC of %1 does not grant user &quot;%2&quot; the privilege &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ipmi/openipmipowercontrol.cpp" line="309"/>
        <source>The BMC of %1 does not accept cipher suite %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ipmi/openipmipowercontrol.cpp" line="313"/>
        <source>The BMC of %1 refused the RMCP+ session (status 0x%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ipmi/openipmipowercontrol.cpp" line="319"/>
        <source>Opening a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ipmi/openipmipowercontrol.cpp" line="325"/>
        <source>The BMC of %1 refused the login: wrong user name or password (user &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ipmi/openipmipowercontrol.cpp" line="330"/>
        <source>The BMC of %1 refused the privilege &quot;%2&quot; to user &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ipmi/openipmipowercontrol.cpp" line="334"/>
        <source>The BMC of %1 does not answer: it is down, hung, or not at that address and port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ipmi/openipmipowercontrol.cpp" line="343"/>
        <source>%1: the BMC user &quot;%2&quot; lacks the privilege for this (%3). Use an operator or administrator account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ipmi/openipmipowercontrol.cpp" line="348"/>
        <source>%1: the BMC did not answer in time (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ipmi/openipmipowercontrol.cpp" line="351"/>
        <source>%1 was rejected by the BMC: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ipmi/openipmipowercontrol.cpp" line="369"/>
        <source>No answer from the BMC of %1 within %2 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ipmi/openipmipowercontrol.cpp" line="402"/>
        <source>Out of memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ipmi/openipmipowercontrol.cpp" line="413"/>
        <source>Cannot send to the BMC of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ipmi/openipmipowercontrol.cpp" line="440"/>
        <source>The connection to the BMC of %1 was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ipmi/openipmipowercontrol.cpp" line="476"/>
        <source>Reading the power state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ipmi/openipmipowercontrol.cpp" line="478"/>
        <source>The BMC of %1 sent an empty chassis status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ipmi/openipmipowercontrol.cpp" line="492"/>
        <source>Reading the chassis status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ipmi/openipmipowercontrol.cpp" line="494"/>
        <source>The BMC of %1 sent a short chassis status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ipmi/openipmipowercontrol.cpp" line="507"/>
        <source>powered on by an IPMI command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ipmi/openipmipowercontrol.cpp" line="509"/>
        <source>power fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ipmi/openipmipowercontrol.cpp" line="511"/>
        <source>power interlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ipmi/openipmipowercontrol.cpp" line="513"/>
        <source>power overload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ipmi/openipmipowercontrol.cpp" line="515"/>
        <source>AC power failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ipmi/openipmipowercontrol.cpp" line="533"/>
        <source>Power action &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ipmi/openipmipowercontrol.cpp" line="589"/>
        <location filename="../core/ipmi/openipmipowercontrol.cpp" line="606"/>
        <source>Reading the sensor repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ipmi/openipmipowercontrol.cpp" line="650"/>
        <source>on controller 0x%1, not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ipmi/openipmipowercontrol.cpp" line="681"/>
        <location filename="../core/ipmi/openipmipowercontrol.cpp" line="708"/>
        <source>Reading the event log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ipmi/openipmipowercontrol.cpp" line="710"/>
        <source>The BMC of %1 sent a short event log record.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ha::Operation</name>
    <message>
        <location filename="../core/ops/operation.cpp" line="91"/>
        <source>%1? This can interrupt the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/operation.cpp" line="116"/>
        <source>No node of the cluster is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/operation.cpp" line="121"/>
        <source>Read the cluster state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/operation.cpp" line="123"/>
        <source>The cluster state could not be read; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/operation.cpp" line="145"/>
        <source>Simulate the change on a copy of the CIB (crm_simulate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/operation.cpp" line="154"/>
        <source>Pacemaker plans no resource action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/operation.cpp" line="161"/>
        <source>The simulation failed (exit %1); the plan is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/operation.cpp" line="173"/>
        <source>Refused before any change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/operation.cpp" line="175"/>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/operation.cpp" line="186"/>
        <source>the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/operation.cpp" line="189"/>
        <source>wait until the cluster is idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/operation.cpp" line="193"/>
        <source>verify the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/operation.cpp" line="203"/>
        <source>The operation was not prepared; nothing ran.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/operation.cpp" line="204"/>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/operation.cpp" line="226"/>
        <source>Read the cluster state after the failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/operation.cpp" line="230"/>
        <source>Cluster now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/operation.cpp" line="231"/>
        <source>The change was not applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/operation.cpp" line="238"/>
        <source>Done; the cluster shows the intended state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/operation.cpp" line="242"/>
        <source>Cancelled after the change; the report shows the state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/operation.cpp" line="243"/>
        <source>The cluster does not show the intended state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/operation.cpp" line="262"/>
        <source>no session to run it on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/operation.cpp" line="346"/>
        <source>no cli-prefer-/cli-ban- constraints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/operation.cpp" line="360"/>
        <source>Cancelled before the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/operation.cpp" line="364"/>
        <source>Apply: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/operation.cpp" line="382"/>
        <source>Wait until the cluster is idle (at most %1 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/operation.cpp" line="387"/>
        <source>The cluster did not settle in time or the wait failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/operation.cpp" line="397"/>
        <source>Verify (read %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/operation.cpp" line="399"/>
        <source>the state could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/operation.cpp" line="403"/>
        <source>Verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/operation.cpp" line="407"/>
        <source>Not yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/operation.cpp" line="410"/>
        <source>Still different after %1 reads: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/operation.cpp" line="432"/>
        <source>offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/operation.cpp" line="434"/>
        <source>standby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/operation.cpp" line="436"/>
        <source>maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/operation.cpp" line="438"/>
        <source>UNCLEAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/operation.cpp" line="440"/>
        <source>DC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/operation.cpp" line="441"/>
        <source>node %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/operation.cpp" line="441"/>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/operation.cpp" line="444"/>
        <source>%1 runs on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/operation.cpp" line="445"/>
        <source>%1 is stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/operation.cpp" line="447"/>
        <source> (unmanaged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/operation.cpp" line="449"/>
        <source> (FAILED)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/operation.cpp" line="453"/>
        <source>cluster maintenance mode is on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/operation.cpp" line="455"/>
        <source>failed action %1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ha::Parser</name>
    <message>
        <location filename="../core/cluster/crmmonparser.cpp" line="159"/>
        <source>crm_mon XML, line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cluster/crmmonparser.cpp" line="227"/>
        <source>expected a crm_mon document (&lt;pacemaker-result&gt; or &lt;crm_mon&gt;), found &lt;%1&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cluster/crmmonparser.cpp" line="235"/>
        <source>elements nested deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cluster/crmmonparser.cpp" line="506"/>
        <source>the crm_mon document is larger than %1 MB; refusing to read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cluster/crmmonparser.cpp" line="511"/>
        <location filename="../core/cluster/crmmonparser.cpp" line="515"/>
        <source>the crm_mon document is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cluster/crmmonparser.cpp" line="533"/>
        <source>crm_mon reported error %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cluster/crmmonparser.cpp" line="539"/>
        <source>the document has no &lt;summary&gt;; it is not crm_mon status output</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ha::PlannedAction</name>
    <message>
        <location filename="../core/ops/simulationplan.cpp" line="74"/>
        <source>start %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/simulationplan.cpp" line="77"/>
        <source>stop %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/simulationplan.cpp" line="80"/>
        <source>move %1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/simulationplan.cpp" line="83"/>
        <source>live-migrate %1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/simulationplan.cpp" line="86"/>
        <source>restart %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/simulationplan.cpp" line="89"/>
        <source>reload %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/simulationplan.cpp" line="92"/>
        <source>recover %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/simulationplan.cpp" line="93"/>
        <source>recover %1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/simulationplan.cpp" line="96"/>
        <source>promote %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/simulationplan.cpp" line="99"/>
        <source>demote %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/simulationplan.cpp" line="102"/>
        <source>FENCE node %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/simulationplan.cpp" line="105"/>
        <source>shut down node %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/simulationplan.cpp" line="108"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/simulationplan.cpp" line="114"/>
        <source>[blocked: cannot happen]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ha::PowerMonitor</name>
    <message>
        <location filename="../core/power/powermonitor.cpp" line="102"/>
        <source>No BMC is configured for node %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ha::Probe</name>
    <message>
        <location filename="../core/probe/probesample.cpp" line="25"/>
        <source>up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/probe/probesample.cpp" line="26"/>
        <source>connection refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/probe/probesample.cpp" line="27"/>
        <source>no answer (timeout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/probe/probesample.cpp" line="28"/>
        <source>host unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/probe/probesample.cpp" line="29"/>
        <source>connected, but no greeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/probe/probesample.cpp" line="30"/>
        <source>unexpected greeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/probe/probesample.cpp" line="31"/>
        <source>server refused the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/probe/probesample.cpp" line="32"/>
        <source>network error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ha::ProfileStore</name>
    <message>
        <location filename="../core/profile/profilestore.cpp" line="67"/>
        <location filename="../core/profile/profilestore.cpp" line="192"/>
        <source>&quot;%1&quot; is not a valid profile name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/profile/profilestore.cpp" line="71"/>
        <source>There is no cluster profile named &quot;%1&quot; (looked for %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/profile/profilestore.cpp" line="75"/>
        <source>The profile file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/profile/profilestore.cpp" line="110"/>
        <source>Node %1 in profile %2 lists the log file &quot;%3&quot;, which is not a log file the console may read (/var/log/messages, /var/log/syslog, or a file under /var/log/pacemaker, /var/log/corosync, /var/log/cluster, /var/log/mysql, /var/log/mariadb).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/profile/profilestore.cpp" line="122"/>
        <source>Node %1 in profile %2 lacks a name or address, or has an unknown authentication method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/profile/profilestore.cpp" line="131"/>
        <source>The profile %1 lists no nodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/profile/profilestore.cpp" line="139"/>
        <source>&quot;%1&quot; is not a valid profile name: use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/profile/profilestore.cpp" line="143"/>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/profile/profilestore.cpp" line="182"/>
        <source>Cannot write the profile file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/profile/profilestore.cpp" line="194"/>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ha::Report</name>
    <message>
        <location filename="../core/ops/report.cpp" line="119"/>
        <source>[output truncated]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/report.cpp" line="133"/>
        <location filename="../core/ops/report.cpp" line="147"/>
        <source>started %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/report.cpp" line="138"/>
        <location filename="../core/ops/report.cpp" line="156"/>
        <source>Result: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ha::ResourceModel</name>
    <message>
        <location filename="../core/cluster/resourcemodel.cpp" line="291"/>
        <source>failed (ignored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cluster/resourcemodel.cpp" line="291"/>
        <source>FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cluster/resourcemodel.cpp" line="293"/>
        <source>blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cluster/resourcemodel.cpp" line="295"/>
        <source>unmanaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cluster/resourcemodel.cpp" line="297"/>
        <source>orphaned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cluster/resourcemodel.cpp" line="299"/>
        <source>target %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cluster/resourcemodel.cpp" line="323"/>
        <source>not running anywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cluster/resourcemodel.cpp" line="324"/>
        <source>running on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cluster/resourcemodel.cpp" line="328"/>
        <source>fail count %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cluster/resourcemodel.cpp" line="329"/>
        <source>no failures counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cluster/resourcemodel.cpp" line="333"/>
        <location filename="../core/cluster/resourcemodel.cpp" line="334"/>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cluster/resourcemodel.cpp" line="345"/>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <location filename="../core/cluster/resourcemodel.cpp" line="346"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cluster/resourcemodel.cpp" line="347"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cluster/resourcemodel.cpp" line="348"/>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <location filename="../core/cluster/resourcemodel.cpp" line="349"/>
        <source>Fail count</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ha::SecretStore</name>
    <message>
        <location filename="../core/profile/secretstore.cpp" line="19"/>
        <source>No secret is stored for %1 (or the keyring is locked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/profile/secretstore.cpp" line="24"/>
        <source>The keyring refused access (is it locked?): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/profile/secretstore.cpp" line="34"/>
        <source>The desktop keyring is not available: %1. Passwords cannot be stored; SSH keys and the SSH agent still work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/profile/secretstore.cpp" line="118"/>
        <source>No BMC is configured for node %1 in profile %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ha::ServiceCheck</name>
    <message>
        <location filename="../core/ops/servicecheck.cpp" line="57"/>
        <source>no greeting within %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/servicecheck.cpp" line="73"/>
        <source>server answered with an error and closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ha::ServiceHealthPanel</name>
    <message>
        <location filename="../ui/charts/servicehealthpanel.cpp" line="28"/>
        <source>Database %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/servicehealthpanel.cpp" line="31"/>
        <source>Database (no service address configured)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/servicehealthpanel.cpp" line="35"/>
        <source>Double-click a moment (a failover, say) to read both nodes&apos; logs around it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/servicehealthpanel.cpp" line="61"/>
        <source>%1: not probed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/servicehealthpanel.cpp" line="65"/>
        <source>MySQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/servicehealthpanel.cpp" line="65"/>
        <source>SSH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/servicehealthpanel.cpp" line="67"/>
        <source>&lt;b&gt;%1&lt;/b&gt; %2 up (%3, %4 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/servicehealthpanel.cpp" line="71"/>
        <source>&lt;b&gt;%1&lt;/b&gt; %2 &lt;span style=&apos;color:#c62828&apos;&gt;&lt;b&gt;DOWN&lt;/b&gt;&lt;/span&gt;: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ha::ServiceProbe</name>
    <message>
        <location filename="../core/probe/serviceprobe.cpp" line="97"/>
        <source>greeting too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/probe/serviceprobe.cpp" line="107"/>
        <source>MySQL error %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/probe/serviceprobe.cpp" line="124"/>
        <source>the server closed the connection without a greeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/probe/serviceprobe.cpp" line="125"/>
        <source>the server closed the connection after %n byte(s) of an incomplete greeting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/probe/serviceprobe.cpp" line="163"/>
        <source>no answer to the connection within %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/probe/serviceprobe.cpp" line="167"/>
        <source>connected, but no greeting within %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/probe/serviceprobe.cpp" line="168"/>
        <source>connected, but the greeting was incomplete after %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ha::SimulationPlanParser</name>
    <message>
        <location filename="../core/ops/simulationplan.cpp" line="211"/>
        <source>crm_simulate printed no transition summary; its output was:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ha::SshWorker</name>
    <message>
        <location filename="../core/ssh/sshworker.cpp" line="91"/>
        <location filename="../core/ssh/sshworker.cpp" line="149"/>
        <location filename="../core/ssh/sshworker.cpp" line="154"/>
        <source>The session was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ssh/sshworker.cpp" line="188"/>
        <source>Cannot resolve %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ssh/sshworker.cpp" line="223"/>
        <source>No answer from %1 within %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ssh/sshworker.cpp" line="226"/>
        <source>Cannot connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ssh/sshworker.cpp" line="251"/>
        <source>Reconnecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ssh/sshworker.cpp" line="252"/>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ssh/sshworker.cpp" line="255"/>
        <source>libssh could not create a session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ssh/sshworker.cpp" line="301"/>
        <source>Cannot connect to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ssh/sshworker.cpp" line="311"/>
        <source>%1 accepted the connection but did not answer within %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ssh/sshworker.cpp" line="314"/>
        <source>SSH connection to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ssh/sshworker.cpp" line="325"/>
        <source>The server sent no host key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ssh/sshworker.cpp" line="354"/>
        <source>%1 line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ssh/sshworker.cpp" line="359"/>
        <source>The host key of %1 (%2) does not match the one on file: someone may be intercepting the connection, or the node was reinstalled. The console will not connect. Server&apos;s %3 key: %4. If the change is expected, verify the new key with the node&apos;s administrator, then remove the old entry by hand: %5 (for example `ssh-keygen -R &apos;%2&apos; -f %6`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ssh/sshworker.cpp" line="378"/>
        <source>%1 (%2) is not known yet. Its %3 key fingerprint is %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ssh/sshworker.cpp" line="387"/>
        <source>Cannot check the host key against %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ssh/sshworker.cpp" line="397"/>
        <source>Cannot write the host key to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ssh/sshworker.cpp" line="408"/>
        <source>The host key of %1 was not accepted; not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ssh/sshworker.cpp" line="415"/>
        <source>Logging in to %1 as %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ssh/sshworker.cpp" line="422"/>
        <source>Login to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ssh/sshworker.cpp" line="454"/>
        <location filename="../core/ssh/sshworker.cpp" line="472"/>
        <source>%1 does not accept key logins for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ssh/sshworker.cpp" line="457"/>
        <source>No SSH agent is running (SSH_AUTH_SOCK is not set). Start one and add your key, or use a key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ssh/sshworker.cpp" line="463"/>
        <location filename="../core/ssh/sshworker.cpp" line="498"/>
        <location filename="../core/ssh/sshworker.cpp" line="517"/>
        <source>Connection lost during login: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ssh/sshworker.cpp" line="465"/>
        <source>The SSH agent has no key that %1 accepts for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ssh/sshworker.cpp" line="480"/>
        <source>Cannot read the key file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ssh/sshworker.cpp" line="485"/>
        <source>The passphrase for the key file %1 is wrong, or it is not a private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ssh/sshworker.cpp" line="488"/>
        <source>The key file %1 is protected by a passphrase (none is stored), or it is not a private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ssh/sshworker.cpp" line="501"/>
        <source>%1 refused every key offered for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ssh/sshworker.cpp" line="502"/>
        <source>%1 refused the key %2 for %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ssh/sshworker.cpp" line="509"/>
        <source>%1 does not accept password logins for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ssh/sshworker.cpp" line="512"/>
        <source>No password is stored for %1@%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ssh/sshworker.cpp" line="520"/>
        <source>Wrong password for %1 on %2 (or the server refused the login).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ssh/sshworker.cpp" line="540"/>
        <source>Connected to %1 as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ssh/sshworker.cpp" line="547"/>
        <location filename="../core/ssh/sshworker.cpp" line="626"/>
        <source>Not connected to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ssh/sshworker.cpp" line="569"/>
        <source>%1 Retrying in %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ssh/sshworker.cpp" line="648"/>
        <source>%1 refused to start the command: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ssh/sshworker.cpp" line="649"/>
        <location filename="../core/ssh/sshworker.cpp" line="652"/>
        <location filename="../core/ssh/sshworker.cpp" line="695"/>
        <location filename="../core/ssh/sshworker.cpp" line="828"/>
        <source>Connection to %1 lost: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ssh/sshworker.cpp" line="711"/>
        <source>The command ended without an exit status (killed by a signal?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ssh/sshworker.cpp" line="720"/>
        <source>The command did not finish within %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ssh/sshworker.cpp" line="728"/>
        <location filename="../core/ssh/sshworker.cpp" line="805"/>
        <source>Connection to %1 lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ssh/sshworker.cpp" line="775"/>
        <location filename="../core/ssh/sshworker.cpp" line="784"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ssh/sshworker.cpp" line="832"/>
        <source>%1 did not answer a keepalive within %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ha::StandbyOperation</name>
    <message>
        <location filename="../core/ops/resourceoperations.cpp" line="264"/>
        <source>Put %1 in standby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/resourceoperations.cpp" line="264"/>
        <source>Bring %1 online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/resourceoperations.cpp" line="269"/>
        <source>Standby</source>
        <translation>Standby</translation>
    </message>
    <message>
        <location filename="../core/ops/resourceoperations.cpp" line="269"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../core/ops/resourceoperations.cpp" line="282"/>
        <source>%1 is not a node of this cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/resourceoperations.cpp" line="287"/>
        <source>%1 is already in standby.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/resourceoperations.cpp" line="287"/>
        <source>%1 is already online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/resourceoperations.cpp" line="290"/>
        <source>%1 would stop and run nowhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/resourceoperations.cpp" line="298"/>
        <source>%1 is not listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/resourceoperations.cpp" line="300"/>
        <source>%1 is not in standby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/resourceoperations.cpp" line="301"/>
        <source>%1 is still in standby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/resourceoperations.cpp" line="303"/>
        <source>%1 still runs %2 resources</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ha::StartStopOperation</name>
    <message>
        <location filename="../core/ops/resourceoperations.cpp" line="403"/>
        <source>Start %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/resourceoperations.cpp" line="403"/>
        <source>Stop %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/resourceoperations.cpp" line="408"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/resourceoperations.cpp" line="408"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/resourceoperations.cpp" line="422"/>
        <source>%1 is not listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/resourceoperations.cpp" line="424"/>
        <source>%1 is not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ops/resourceoperations.cpp" line="426"/>
        <source>%1 still runs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ha::cli</name>
    <message>
        <location filename="../app/cli/cmd_logs.cpp" line="84"/>
        <source>Cannot read %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_logs.cpp" line="131"/>
        <source>logs: unexpected argument &apos;%1&apos;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_logs.cpp" line="140"/>
        <source>logs: --tz wants NODE=ZONE (an IANA zone such as Europe/Berlin), not &apos;%1&apos;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_logs.cpp" line="151"/>
        <source>logs: --offset wants NODE=SECONDS, not &apos;%1&apos;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_logs.cpp" line="161"/>
        <source>logs: --file wants NODE=PATH, not &apos;%1&apos;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_logs.cpp" line="180"/>
        <source>logs: unknown severity &apos;%1&apos; (emerg, alert, crit, err, warning, notice, info, debug)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_logs.cpp" line="191"/>
        <source>logs: cannot read the time &apos;%1&apos; (ISO 8601 such as 2026-11-25T09:00:00Z, or -30m, -1h, -2d)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_logs.cpp" line="200"/>
        <location filename="../app/cli/cmd_logs.cpp" line="213"/>
        <source>logs: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_logs_live.cpp" line="55"/>
        <location filename="../app/cli/cmd_status_live.cpp" line="57"/>
        <source>%1: unknown %2 host key %3. Verify it on the node and trust it once from the console (or with ssh); refusing.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_logs_live.cpp" line="71"/>
        <source>following</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_logs_live.cpp" line="71"/>
        <source>reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_logs_live.cpp" line="72"/>
        <source>read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_logs_live.cpp" line="76"/>
        <location filename="../app/cli/cmd_status_live.cpp" line="85"/>
        <source>%1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_logs_live.cpp" line="77"/>
        <source>%1 %2: %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_logs_live.cpp" line="101"/>
        <source>%1: not reachable; its log is missing from the output.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_ops.cpp" line="36"/>
        <source>Unknown option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_ops.cpp" line="49"/>
        <source>--lifetime and --keep-constraint apply to move and ban only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_ops.cpp" line="64"/>
        <source>Usage: move RESOURCE NODE [--lifetime ISO8601] [--keep-constraint] [--yes] | ban RESOURCE NODE [--lifetime ISO8601] | clear [RESOURCE [NODE]] | cleanup [RESOURCE [NODE]] | standby NODE | online NODE | maintenance on|off [NODE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_ops.cpp" line="75"/>
        <source>Pacemaker&apos;s plan (crm_simulate on a copy of the live CIB):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_ops.cpp" line="77"/>
        <source>no resource action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_ops.cpp" line="85"/>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_ops.cpp" line="89"/>
        <source>WARNING: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_ops.cpp" line="91"/>
        <source>REFUSED: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_ops.cpp" line="99"/>
        <source>Type “yes” to go ahead: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_ops.cpp" line="129"/>
        <source>%1: unknown %2 host key %3. Verify it on the node and connect once from the console (or with ssh) to trust it; refusing.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_ops.cpp" line="164"/>
        <source>%1: not connected (%2)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_ops.cpp" line="169"/>
        <location filename="../app/cli/cmd_status_live.cpp" line="90"/>
        <source>No node of cluster %1 could be reached.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_ops.cpp" line="193"/>
        <source>Not run: this changes the cluster; confirm with --yes.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_ops.cpp" line="197"/>
        <source>Not confirmed; nothing was changed.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_power.cpp" line="67"/>
        <source>There is no node &quot;%1&quot; in profile %2 (nodes: %3).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_power.cpp" line="72"/>
        <source>No BMC is configured for node %1 in profile %2.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_power.cpp" line="95"/>
        <source>The BMC password of %1 is not available: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_power.cpp" line="131"/>
        <source>About to run on node %1:
  %2
  through its BMC %3:%4 (user %5, cipher suite %6).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_power.cpp" line="140"/>
        <source>Refusing: &quot;power %1&quot; is dangerous and stdin is not a terminal. Add --yes to confirm. Nothing was done.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_power.cpp" line="144"/>
        <source>Type the node&apos;s name (%1) to confirm: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_power.cpp" line="149"/>
        <source>Not confirmed. Nothing was done.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_power.cpp" line="185"/>
        <source>Usage: haconsole-cli [--profile NAME] power NODE status|on|off|soft|reset|cycle [--yes]
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_power.cpp" line="202"/>
        <source>%1: power is %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_power.cpp" line="213"/>
        <source>%1: &quot;power %2&quot; accepted by the BMC.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_power.cpp" line="227"/>
        <source>Usage: haconsole-cli [--profile NAME] sensors NODE [--sel]
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_power.cpp" line="261"/>
        <source>(before clock set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_status.cpp" line="138"/>
        <source>status: unexpected argument &apos;%1&apos;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_status.cpp" line="148"/>
        <source>status: cannot read standard input
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_status.cpp" line="156"/>
        <source>status: cannot read %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_status_live.cpp" line="84"/>
        <source>no answer within 15 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ha::ipmi</name>
    <message>
        <location filename="../core/ipmi/ipmirecords.cpp" line="91"/>
        <location filename="../core/ipmi/ipmirecords.cpp" line="233"/>
        <source>sensor #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ipmi/ipmirecords.cpp" line="153"/>
        <source>no reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ipmi/ipmirecords.cpp" line="159"/>
        <source>unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ipmi/ipmirecords.cpp" line="177"/>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ipmi/ipmirecords.cpp" line="199"/>
        <source>state %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ipmi/ipmirecords.cpp" line="201"/>
        <source>no state asserted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ipmi/ipmirecords.cpp" line="214"/>
        <location filename="../core/ipmi/ipmirecords.cpp" line="223"/>
        <source>OEM record type 0x%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ipmi/ipmirecords.cpp" line="236"/>
        <source>event offset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ipmi/ipmirecords.cpp" line="237"/>
        <source>%1 (deasserted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ipmi/ipmirecords.cpp" line="271"/>
        <source>%1 (completion code 0x%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ipmi/ipmirecords.cpp" line="273"/>
        <source>completion code 0x%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ha::logs::LogModel</name>
    <message>
        <location filename="../core/logs/logmodel.cpp" line="66"/>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/logs/logmodel.cpp" line="67"/>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <location filename="../core/logs/logmodel.cpp" line="68"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../core/logs/logmodel.cpp" line="69"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location filename="../core/logs/logmodel.cpp" line="70"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>ha::logsource::LogController</name>
    <message>
        <location filename="../core/logsource/logcontroller.cpp" line="148"/>
        <source>%1 has no journald entries of the cluster and none of the log files the console looks for.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ha::logsource::LogFollower</name>
    <message>
        <location filename="../core/logsource/logfollower.cpp" line="115"/>
        <source>%1 cannot be followed (not an allowed log path).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/logsource/logfollower.cpp" line="121"/>
        <source>following</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/logsource/logfollower.cpp" line="121"/>
        <source>reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/logsource/logfollower.cpp" line="205"/>
        <source>read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/logsource/logfollower.cpp" line="205"/>
        <source>read (exit %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/logsource/logfollower.cpp" line="217"/>
        <source>log stream ended (exit %1); restarting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ha::logsource::NodeProbe</name>
    <message>
        <location filename="../core/logsource/nodeprobe.cpp" line="143"/>
        <source>The log probe on %1 failed (exit %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ha::ui</name>
    <message>
        <location filename="../ui/agetext.cpp" line="18"/>
        <location filename="../ui/agetext.cpp" line="21"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/agetext.cpp" line="23"/>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/agetext.cpp" line="24"/>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/nodecard.cpp" line="20"/>
        <source>Online · DC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/nodecard.cpp" line="20"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../ui/nodecard.cpp" line="22"/>
        <source>Standby · DC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/nodecard.cpp" line="22"/>
        <location filename="../ui/statebadge.cpp" line="94"/>
        <source>Standby</source>
        <translation>Standby</translation>
    </message>
    <message>
        <location filename="../ui/nodecard.cpp" line="24"/>
        <source>Maintenance · DC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/nodecard.cpp" line="24"/>
        <location filename="../ui/statebadge.cpp" line="96"/>
        <source>Maintenance</source>
        <translation>Wartung</translation>
    </message>
    <message>
        <location filename="../ui/nodecard.cpp" line="27"/>
        <source>Joining (pending)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/nodecard.cpp" line="29"/>
        <location filename="../ui/statebadge.cpp" line="106"/>
        <source>OFFLINE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/nodecard.cpp" line="31"/>
        <source>UNCLEAN — fencing pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/nodecard.cpp" line="33"/>
        <source>Pacemaker stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/nodecard.cpp" line="36"/>
        <source>Not reachable over SSH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/nodecard.cpp" line="37"/>
        <source>Not reachable over SSH: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/nodecard.cpp" line="42"/>
        <source>Connecting — no data yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statebadge.cpp" line="49"/>
        <location filename="../ui/statebadge.cpp" line="108"/>
        <location filename="../ui/statebadge.cpp" line="125"/>
        <source>FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statebadge.cpp" line="51"/>
        <location filename="../ui/statebadge.cpp" line="112"/>
        <location filename="../ui/statebadge.cpp" line="127"/>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statebadge.cpp" line="53"/>
        <location filename="../ui/statebadge.cpp" line="98"/>
        <location filename="../ui/statebadge.cpp" line="129"/>
        <source>Unmanaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statebadge.cpp" line="55"/>
        <source>Orphaned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statebadge.cpp" line="72"/>
        <location filename="../ui/statebadge.cpp" line="143"/>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statebadge.cpp" line="74"/>
        <location filename="../ui/statebadge.cpp" line="102"/>
        <location filename="../ui/statebadge.cpp" line="141"/>
        <source>Partly started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statebadge.cpp" line="76"/>
        <location filename="../ui/statebadge.cpp" line="81"/>
        <location filename="../ui/statebadge.cpp" line="131"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statebadge.cpp" line="77"/>
        <location filename="../ui/statebadge.cpp" line="82"/>
        <location filename="../ui/statebadge.cpp" line="100"/>
        <location filename="../ui/statebadge.cpp" line="145"/>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statebadge.cpp" line="110"/>
        <source>UNCLEAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statebadge.cpp" line="133"/>
        <source>Promoted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statebadge.cpp" line="135"/>
        <source>Unpromoted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ha::ui::AuditLogView</name>
    <message>
        <location filename="../ui/auditlogview.cpp" line="24"/>
        <source>Filter: node, command, exit code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlogview.cpp" line="26"/>
        <source>Filter the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlogview.cpp" line="42"/>
        <source>Audit log</source>
        <translation>Audit-Protokoll</translation>
    </message>
    <message>
        <location filename="../ui/auditlogview.cpp" line="45"/>
        <source>&amp;Filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlogview.cpp" line="86"/>
        <source>Following new entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditlogview.cpp" line="87"/>
        <source>Paused — follow new entries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ha::ui::ConfirmByNameDialog</name>
    <message>
        <location filename="../ui/confirmbynamedialog.cpp" line="44"/>
        <source>These commands will run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/confirmbynamedialog.cpp" line="45"/>
        <source>These commands will run on &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/confirmbynamedialog.cpp" line="58"/>
        <source>Type &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/confirmbynamedialog.cpp" line="63"/>
        <source>Type %1 to confirm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ha::ui::ConstraintsView</name>
    <message>
        <location filename="../ui/constraintsview.cpp" line="12"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/constraintsview.cpp" line="12"/>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <location filename="../ui/constraintsview.cpp" line="12"/>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <location filename="../ui/constraintsview.cpp" line="12"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/constraintsview.cpp" line="12"/>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/constraintsview.cpp" line="13"/>
        <source>No leftover move or ban constraints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/constraintsview.cpp" line="15"/>
        <source>Leftover move and ban constraints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/constraintsview.cpp" line="26"/>
        <source>Banned from node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/constraintsview.cpp" line="27"/>
        <source>%1: left by “crm resource ban”; keeps %2 off %3 until cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/constraintsview.cpp" line="30"/>
        <source>Pinned to node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/constraintsview.cpp" line="31"/>
        <source>%1: left by “crm resource move”; keeps %2 on %3 until cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/constraintsview.cpp" line="34"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/constraintsview.cpp" line="37"/>
        <source>%1 (role %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/constraintsview.cpp" line="42"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/constraintsview.cpp" line="48"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/constraintsview.cpp" line="50"/>
        <source>Clear constraint %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/constraintsview.cpp" line="51"/>
        <source>Remove %1 (crm resource clear %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ha::ui::FailuresView</name>
    <message>
        <location filename="../ui/failuresview.cpp" line="9"/>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <location filename="../ui/failuresview.cpp" line="9"/>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <location filename="../ui/failuresview.cpp" line="9"/>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/failuresview.cpp" line="9"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/failuresview.cpp" line="9"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/failuresview.cpp" line="9"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/failuresview.cpp" line="10"/>
        <source>No failed actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/failuresview.cpp" line="12"/>
        <source>Failed actions</source>
        <translation>Fehlgeschlagene Aktionen</translation>
    </message>
    <message>
        <location filename="../ui/failuresview.cpp" line="21"/>
        <source>%1 (every %2 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/failuresview.cpp" line="22"/>
        <source>exit code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/failuresview.cpp" line="23"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/failuresview.cpp" line="27"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/failuresview.cpp" line="32"/>
        <source>(the agent gave no reason)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ha::ui::FencingHistoryView</name>
    <message>
        <location filename="../ui/fencinghistoryview.cpp" line="8"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fencinghistoryview.cpp" line="8"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fencinghistoryview.cpp" line="8"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fencinghistoryview.cpp" line="8"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fencinghistoryview.cpp" line="8"/>
        <source>Executed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fencinghistoryview.cpp" line="9"/>
        <source>Requested by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fencinghistoryview.cpp" line="9"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fencinghistoryview.cpp" line="10"/>
        <source>No node has been fenced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fencinghistoryview.cpp" line="12"/>
        <source>Fencing history</source>
        <translation>Fencing-Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/fencinghistoryview.cpp" line="22"/>
        <source>succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fencinghistoryview.cpp" line="24"/>
        <source>PENDING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fencinghistoryview.cpp" line="27"/>
        <source>FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fencinghistoryview.cpp" line="32"/>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fencinghistoryview.cpp" line="34"/>
        <source>(not finished)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ha::ui::FencingTestDialog</name>
    <message>
        <location filename="../ui/power/fencingtestdialog.cpp" line="67"/>
        <source>Run checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/power/fencingtestdialog.cpp" line="68"/>
        <source>Reset %1 now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/power/fencingtestdialog.cpp" line="69"/>
        <source>Stop watching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/power/fencingtestdialog.cpp" line="70"/>
        <source>Copy report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/power/fencingtestdialog.cpp" line="74"/>
        <source>Test fencing — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/power/fencingtestdialog.cpp" line="79"/>
        <source>&lt;b&gt;Can the cluster fence %1?&lt;/b&gt; The checks only read: the fence device in the cluster configuration against the BMC in this profile, what %2 would use to fence %1, and the fencing history. &lt;br&gt;The guided test &lt;b&gt;resets %1 for real&lt;/b&gt; and watches until it is back and the service runs again; its result goes to the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/power/fencingtestdialog.cpp" line="94"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/power/fencingtestdialog.cpp" line="94"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/power/fencingtestdialog.cpp" line="94"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/power/fencingtestdialog.cpp" line="94"/>
        <source>Took</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/power/fencingtestdialog.cpp" line="104"/>
        <source>Asks you to type the node&apos;s name first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/power/fencingtestdialog.cpp" line="105"/>
        <source>Stops waiting for the cluster; the reset itself cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/power/fencingtestdialog.cpp" line="138"/>
        <location filename="../ui/power/fencingtestdialog.cpp" line="233"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/power/fencingtestdialog.cpp" line="161"/>
        <source>Cannot test fencing of %1 now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/power/fencingtestdialog.cpp" line="162"/>
        <source>Not started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/power/fencingtestdialog.cpp" line="178"/>
        <source>Test fencing: reset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/power/fencingtestdialog.cpp" line="179"/>
        <source>Reset %1 now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/power/fencingtestdialog.cpp" line="181"/>
        <source>BMC %1:%2 (user %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/power/fencingtestdialog.cpp" line="185"/>
        <source>After the reset the console watches from %1 until %2 is back online and %3 runs again, and records the result in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/power/fencingtestdialog.cpp" line="188"/>
        <source>the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/power/fencingtestdialog.cpp" line="191"/>
        <source>Not started: the reset was not confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/power/fencingtestdialog.cpp" line="201"/>
        <source>Stop watching %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/power/fencingtestdialog.cpp" line="202"/>
        <source>The guided test is still watching the cluster. If you close this window it stops and is recorded as cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/power/fencingtestdialog.cpp" line="204"/>
        <source>Stop and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/power/fencingtestdialog.cpp" line="252"/>
        <source>Nothing run yet. Start with “Run checks”: they change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/power/fencingtestdialog.cpp" line="259"/>
        <source>Running: %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/power/fencingtestdialog.cpp" line="259"/>
        <source>Running …</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/power/fencingtestdialog.cpp" line="262"/>
        <source>FAILED: %n step(s) failed — see the red lines below.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/power/fencingtestdialog.cpp" line="265"/>
        <source>Passed with %n warning(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/power/fencingtestdialog.cpp" line="268"/>
        <source>PASSED: all %n step(s) passed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ha::ui::FirstRunDialog</name>
    <message>
        <location filename="../ui/firstrundialog.cpp" line="21"/>
        <source>Use the local lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/firstrundialog.cpp" line="26"/>
        <source>Add a cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/firstrundialog.cpp" line="30"/>
        <source>&lt;b&gt;Add a cluster.&lt;/b&gt; Tell the console how to reach each node over SSH. Passwords go to the desktop keyring, never into the profile file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/firstrundialog.cpp" line="43"/>
        <source>Load the profile “lab” that the local test cluster writes when it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/firstrundialog.cpp" line="61"/>
        <source>Save cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/firstrundialog.cpp" line="87"/>
        <source>The local lab is not running: there is no profile named “lab” in %1. Start it with “tests/lab/lab up” (it writes the profile), then press the button again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/firstrundialog.cpp" line="104"/>
        <source>Some fields need attention; see the messages next to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/firstrundialog.cpp" line="109"/>
        <source>Replace profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/firstrundialog.cpp" line="110"/>
        <source>A cluster named “%1” is already saved. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/firstrundialog.cpp" line="111"/>
        <source>Replace “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/firstrundialog.cpp" line="117"/>
        <source>The profile could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/firstrundialog.cpp" line="132"/>
        <source>%1: no keyring is available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/firstrundialog.cpp" line="144"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/firstrundialog.cpp" line="156"/>
        <source>Passwords not stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/firstrundialog.cpp" line="157"/>
        <source>The cluster “%1” is saved, but the keyring did not take these passwords. Password logins will not work until the keyring is unlocked and the passwords are entered again; key and agent logins keep working.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ha::ui::HostKeyDialog</name>
    <message>
        <location filename="../ui/hostkeydialog.cpp" line="51"/>
        <source>SHA256 fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostkeydialog.cpp" line="67"/>
        <source>Node:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostkeydialog.cpp" line="68"/>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostkeydialog.cpp" line="69"/>
        <source>Key type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostkeydialog.cpp" line="70"/>
        <source>New fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostkeydialog.cpp" line="70"/>
        <source>Fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostkeydialog.cpp" line="80"/>
        <source>Unknown host key — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostkeydialog.cpp" line="82"/>
        <source>First connection to %1 (%2): is this really the node?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostkeydialog.cpp" line="85"/>
        <source>&lt;p&gt;The console has not seen this node&apos;s SSH host key before. Before you trust it, compare the fingerprint above with the one the node itself reports. Log in on the node&apos;s own console (not over this network) and run:&lt;/p&gt;%1&lt;p&gt;If both fingerprints are the same, trust the key: it is saved to &lt;b&gt;%2&lt;/b&gt; and this question does not come again. If they differ, cancel: someone may be answering in the node&apos;s place.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostkeydialog.cpp" line="94"/>
        <source>Trust this key and connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostkeydialog.cpp" line="101"/>
        <source>Host key CHANGED — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostkeydialog.cpp" line="103"/>
        <source>The SSH host key of %1 (%2) has CHANGED. The console refused to connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hostkeydialog.cpp" line="116"/>
        <source>&lt;p&gt;The key on file in &lt;b&gt;%1&lt;/b&gt; does not match the key this node presents now. That happens when the node was reinstalled or its keys were regenerated — and when someone intercepts the connection. Do not connect until you know which.&lt;/p&gt;%2&lt;p&gt;What to do:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;On the node&apos;s own console, run the command below and compare its output with the new fingerprint above:%3&lt;/li&gt;&lt;li&gt;Only if they match and the change was expected, remove the old key:%4&lt;/li&gt;&lt;li&gt;Connect again; the console then asks you to trust the new key.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ha::ui::IpmiPanel</name>
    <message>
        <location filename="../ui/power/ipmipanel.cpp" line="75"/>
        <source>Check the BMC user and password of %1 in the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/power/ipmipanel.cpp" line="78"/>
        <source>Check that the BMC %1 has power and network, and that this workstation can reach it (UDP port %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/power/ipmipanel.cpp" line="83"/>
        <source>The BMC user needs a higher privilege level (the profile asks for %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/power/ipmipanel.cpp" line="86"/>
        <source>The password could not be read from the keyring or password file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/power/ipmipanel.cpp" line="95"/>
        <source>Waiting for the BMC…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/power/ipmipanel.cpp" line="96"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/power/ipmipanel.cpp" line="97"/>
        <location filename="../ui/power/ipmipanel.cpp" line="98"/>
        <source>Sensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/power/ipmipanel.cpp" line="97"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/power/ipmipanel.cpp" line="97"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/power/ipmipanel.cpp" line="97"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/power/ipmipanel.cpp" line="98"/>
        <location filename="../ui/power/ipmipanel.cpp" line="382"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../ui/power/ipmipanel.cpp" line="98"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/power/ipmipanel.cpp" line="101"/>
        <source>IPMI details — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/power/ipmipanel.cpp" line="106"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — BMC %2:%3, user %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/power/ipmipanel.cpp" line="111"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — no BMC configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/power/ipmipanel.cpp" line="123"/>
        <source>Reading BMC…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/power/ipmipanel.cpp" line="130"/>
        <location filename="../ui/power/ipmipanel.cpp" line="379"/>
        <source>Temperatures over time (°C)</source>
        <translation>Temperaturverlauf (°C)</translation>
    </message>
    <message>
        <location filename="../ui/power/ipmipanel.cpp" line="152"/>
        <source>Sensors</source>
        <translation>Sensoren</translation>
    </message>
    <message>
        <location filename="../ui/power/ipmipanel.cpp" line="153"/>
        <source>Event log (SEL), newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/power/ipmipanel.cpp" line="248"/>
        <source>No sensor values yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/power/ipmipanel.cpp" line="250"/>
        <source>Sensors read at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/power/ipmipanel.cpp" line="253"/>
        <source>The values below are from %1 and may be out of date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/power/ipmipanel.cpp" line="285"/>
        <source>Could not read the sensors: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/power/ipmipanel.cpp" line="287"/>
        <source>Could not read the event log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/power/ipmipanel.cpp" line="289"/>
        <source>The event log could not be read either.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/power/ipmipanel.cpp" line="319"/>
        <source>no reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/power/ipmipanel.cpp" line="321"/>
        <source>CRITICAL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/power/ipmipanel.cpp" line="323"/>
        <source>WARNING: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/power/ipmipanel.cpp" line="350"/>
        <source>(BMC clock not set) #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/power/ipmipanel.cpp" line="353"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/power/ipmipanel.cpp" line="354"/>
        <source>%1 — cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/power/ipmipanel.cpp" line="360"/>
        <source>The event log is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/power/ipmipanel.cpp" line="376"/>
        <source>Temperatures over time (°C) — no readings yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/power/ipmipanel.cpp" line="384"/>
        <source>°C</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ha::ui::LogViewerWidget</name>
    <message>
        <location filename="../ui/logview/logviewerwidget.cpp" line="96"/>
        <source>All nodes</source>
        <translation>Alle Knoten</translation>
    </message>
    <message>
        <location filename="../ui/logview/logviewerwidget.cpp" line="102"/>
        <source>Sources (comma separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logview/logviewerwidget.cpp" line="108"/>
        <source>Any severity</source>
        <translation>Jeder Schweregrad</translation>
    </message>
    <message>
        <location filename="../ui/logview/logviewerwidget.cpp" line="111"/>
        <source>%1 or worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logview/logviewerwidget.cpp" line="117"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../ui/logview/logviewerwidget.cpp" line="124"/>
        <source>Regular expression</source>
        <translation>Regulärer Ausdruck</translation>
    </message>
    <message>
        <location filename="../ui/logview/logviewerwidget.cpp" line="130"/>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <location filename="../ui/logview/logviewerwidget.cpp" line="134"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../ui/logview/logviewerwidget.cpp" line="150"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../ui/logview/logviewerwidget.cpp" line="153"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/logview/logviewerwidget.cpp" line="188"/>
        <source>Filtering…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logview/logviewerwidget.cpp" line="188"/>
        <source>Regular expression: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/logview/logviewerwidget.cpp" line="194"/>
        <location filename="../ui/logview/logviewerwidget.cpp" line="221"/>
        <source>%n line(s) shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/logview/logviewerwidget.cpp" line="262"/>
        <source>Node clocks: not measured yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logview/logviewerwidget.cpp" line="268"/>
        <source>journald</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logview/logviewerwidget.cpp" line="270"/>
        <source>%1: logs not read yet (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logview/logviewerwidget.cpp" line="274"/>
        <source>%1: clock unknown, %2 [%3]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logview/logviewerwidget.cpp" line="279"/>
        <source>%1: clock %2%3 ms (±%4 ms, corrected), %5 [%6]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logview/logviewerwidget.cpp" line="280"/>
        <source>%1: clock %2%3 ms (±%4 ms, within the error: not corrected), %5 [%6]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logview/logviewerwidget.cpp" line="308"/>
        <source>Export shown log lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logview/logviewerwidget.cpp" line="309"/>
        <source>Text files (*.txt *.log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logview/logviewerwidget.cpp" line="314"/>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/logview/logviewerwidget.cpp" line="315"/>
        <source>%n line(s) written to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ha::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="68"/>
        <source> (expired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="83"/>
        <source>node id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="93"/>
        <source>HA Console</source>
        <translation>HA-Konsole</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="107"/>
        <source>No cluster is open. Use Cluster ▸ Add a cluster… or start the console with --profile NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="119"/>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="127"/>
        <location filename="../ui/mainwindow.cpp" line="378"/>
        <source>Failed actions</source>
        <translation>Fehlgeschlagene Aktionen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="130"/>
        <source>Move/ban constraints</source>
        <translation>Verschiebe-/Sperr-Constraints</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="136"/>
        <source>Fencing history</source>
        <translation>Fencing-Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="141"/>
        <source>Audit log</source>
        <translation>Audit-Protokoll</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="161"/>
        <source>&amp;Cluster</source>
        <translation>&amp;Cluster</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="162"/>
        <source>&amp;Add a cluster…</source>
        <translation>Cluster &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="164"/>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="169"/>
        <source>(no saved clusters)</source>
        <translation>(keine gespeicherten Cluster)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="175"/>
        <source>Cluster &amp;actions</source>
        <translation>Cluster-&amp;Aktionen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="179"/>
        <source>(no cluster open)</source>
        <translation>(kein Cluster geöffnet)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="185"/>
        <source>Node %1</source>
        <translation>Knoten %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="190"/>
        <source>&amp;Refresh now</source>
        <translation>Jetzt &amp;aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="197"/>
        <source>&amp;Resource</source>
        <translation>&amp;Ressource</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="199"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="215"/>
        <source>Cannot open cluster</source>
        <translation>Cluster kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="236"/>
        <source>Show the log of every node around %1</source>
        <translation>Protokoll aller Knoten um %1 zeigen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="238"/>
        <source>Show the log around this moment (time unknown)</source>
        <translation>Protokoll um diesen Zeitpunkt zeigen (Zeit unbekannt)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="291"/>
        <source>%1 — HA Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="353"/>
        <source>Service health</source>
        <translation>Dienstzustand</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="361"/>
        <source>Logs</source>
        <translation>Protokolle</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="379"/>
        <source>Failed actions (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="388"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="390"/>
        <source>SSH — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="424"/>
        <source>%1 of %2 votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="483"/>
        <source>(select a resource)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ha::ui::NodeCard</name>
    <message>
        <location filename="../ui/nodecard.cpp" line="102"/>
        <source>Heartbeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/nodecard.cpp" line="103"/>
        <source>Quorum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/nodecard.cpp" line="104"/>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/nodecard.cpp" line="105"/>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <location filename="../ui/nodecard.cpp" line="106"/>
        <source>Power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/nodecard.cpp" line="107"/>
        <source>BMC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/nodecard.cpp" line="141"/>
        <source>(unnamed node)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/nodecard.cpp" line="148"/>
        <source>link %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/nodecard.cpp" line="149"/>
        <source>link %1 ↔ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/nodecard.cpp" line="152"/>
        <source>up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/nodecard.cpp" line="155"/>
        <source>DOWN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/nodecard.cpp" line="158"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/nodecard.cpp" line="162"/>
        <source>? not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/nodecard.cpp" line="167"/>
        <source>quorate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/nodecard.cpp" line="170"/>
        <source>NO QUORUM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/nodecard.cpp" line="173"/>
        <location filename="../ui/nodecard.cpp" line="181"/>
        <location filename="../ui/nodecard.cpp" line="186"/>
        <location filename="../ui/nodecard.cpp" line="188"/>
        <location filename="../ui/nodecard.cpp" line="193"/>
        <source>? unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/nodecard.cpp" line="182"/>
        <source>%n running</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/nodecard.cpp" line="185"/>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/nodecard.cpp" line="186"/>
        <source>OFF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/nodecard.cpp" line="187"/>
        <source>reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/nodecard.cpp" line="188"/>
        <source>NOT reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/nodecard.cpp" line="194"/>
        <source>not configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/nodecard.cpp" line="197"/>
        <source>Node %1</source>
        <translation>Knoten %1</translation>
    </message>
    <message>
        <location filename="../ui/nodecard.cpp" line="204"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/nodecard.cpp" line="208"/>
        <source>%1 ago</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ha::ui::NodeProfileEditor</name>
    <message>
        <location filename="../ui/nodeprofileeditor.cpp" line="43"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/nodeprofileeditor.cpp" line="45"/>
        <source>Run cluster commands through sudo -n (non-root user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/nodeprofileeditor.cpp" line="46"/>
        <source>This node has a BMC (IPMI power control)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/nodeprofileeditor.cpp" line="61"/>
        <source>as Pacemaker knows it (uname -n), e.g. node1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/nodeprofileeditor.cpp" line="63"/>
        <source>host name or IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/nodeprofileeditor.cpp" line="66"/>
        <source>SSH agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/nodeprofileeditor.cpp" line="67"/>
        <source>Key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/nodeprofileeditor.cpp" line="68"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/nodeprofileeditor.cpp" line="71"/>
        <location filename="../ui/nodeprofileeditor.cpp" line="74"/>
        <source>stored in the desktop keyring only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/nodeprofileeditor.cpp" line="79"/>
        <source>IPMI cipher suite; 3 (AES-128, HMAC-SHA1) works with most BMCs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/nodeprofileeditor.cpp" line="91"/>
        <source>&amp;Node name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/nodeprofileeditor.cpp" line="92"/>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/nodeprofileeditor.cpp" line="93"/>
        <source>SSH &amp;port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/nodeprofileeditor.cpp" line="94"/>
        <source>SSH &amp;user:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/nodeprofileeditor.cpp" line="95"/>
        <source>&amp;Authentication:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/nodeprofileeditor.cpp" line="96"/>
        <source>&amp;Identity file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/nodeprofileeditor.cpp" line="97"/>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/nodeprofileeditor.cpp" line="101"/>
        <source>BMC a&amp;ddress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/nodeprofileeditor.cpp" line="102"/>
        <source>BMC p&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/nodeprofileeditor.cpp" line="103"/>
        <source>BMC u&amp;ser:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/nodeprofileeditor.cpp" line="104"/>
        <source>&amp;Cipher suite:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/nodeprofileeditor.cpp" line="105"/>
        <source>BMC passwo&amp;rd:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/nodeprofileeditor.cpp" line="134"/>
        <source>SSH private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/nodeprofileeditor.cpp" line="212"/>
        <source>Enter the node&apos;s name as Pacemaker shows it (uname -n).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/nodeprofileeditor.cpp" line="214"/>
        <source>Letters, digits, &apos;-&apos; and &apos;.&apos; only, as in a host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/nodeprofileeditor.cpp" line="216"/>
        <source>Another node already has this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/nodeprofileeditor.cpp" line="221"/>
        <source>Enter the address the console connects to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/nodeprofileeditor.cpp" line="223"/>
        <location filename="../ui/nodeprofileeditor.cpp" line="247"/>
        <source>Not a host name or IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/nodeprofileeditor.cpp" line="226"/>
        <source>Enter a valid user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/nodeprofileeditor.cpp" line="231"/>
        <source>Choose the private key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/nodeprofileeditor.cpp" line="233"/>
        <source>No such file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/nodeprofileeditor.cpp" line="239"/>
        <source>Type the password; it is stored in the keyring, not in the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/nodeprofileeditor.cpp" line="245"/>
        <source>Enter the BMC&apos;s address, or untick “This node has a BMC”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/nodeprofileeditor.cpp" line="251"/>
        <source>Enter the BMC user.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ha::ui::OperationDialog</name>
    <message>
        <location filename="../ui/ops/operationdialog.cpp" line="45"/>
        <source>Cluster operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ops/operationdialog.cpp" line="61"/>
        <source>Commands that will run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ops/operationdialog.cpp" line="68"/>
        <source>What Pacemaker will do (simulated with crm_simulate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ops/operationdialog.cpp" line="71"/>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <location filename="../ui/ops/operationdialog.cpp" line="71"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ops/operationdialog.cpp" line="71"/>
        <source>From → To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ops/operationdialog.cpp" line="71"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ops/operationdialog.cpp" line="93"/>
        <source>Keep the move constraint (cli-prefer) after the move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ops/operationdialog.cpp" line="96"/>
        <source>none (e.g. PT1H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ops/operationdialog.cpp" line="97"/>
        <source>ISO 8601 duration after which the move constraint expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ops/operationdialog.cpp" line="98"/>
        <source>Constraint lifetime:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ops/operationdialog.cpp" line="120"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/ops/operationdialog.cpp" line="157"/>
        <source>Reading the cluster and simulating the change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ops/operationdialog.cpp" line="178"/>
        <source>any node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ops/operationdialog.cpp" line="184"/>
        <source>Warnings:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ops/operationdialog.cpp" line="186"/>
        <location filename="../ui/ops/operationdialog.cpp" line="195"/>
        <source>Refused:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ops/operationdialog.cpp" line="190"/>
        <source>Ready. This can interrupt the service; check the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ops/operationdialog.cpp" line="191"/>
        <source>Ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ops/operationdialog.cpp" line="193"/>
        <source>This operation cannot run. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ops/operationdialog.cpp" line="207"/>
        <source>No simulation for this operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ops/operationdialog.cpp" line="221"/>
        <source>blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ops/operationdialog.cpp" line="233"/>
        <source>Pacemaker plans no resource changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ops/operationdialog.cpp" line="234"/>
        <source>%n action(s) planned.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ops/operationdialog.cpp" line="266"/>
        <source>Cancel operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ops/operationdialog.cpp" line="269"/>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ops/operationdialog.cpp" line="292"/>
        <source>its address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ops/operationdialog.cpp" line="293"/>
        <source>The service answered again on %1 after %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ops/operationdialog.cpp" line="313"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../ui/ops/operationdialog.cpp" line="322"/>
        <source>Cancelling… the report will say what state the cluster is in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ha::ui::OpsActions</name>
    <message>
        <location filename="../ui/ops/opsactions.cpp" line="129"/>
        <source>Fail over now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ops/opsactions.cpp" line="131"/>
        <source>Move %1 to the other node the safe way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ops/opsactions.cpp" line="136"/>
        <source>Move to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ops/opsactions.cpp" line="142"/>
        <source>Ban from %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ops/opsactions.cpp" line="149"/>
        <source>Clear constraints…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ops/opsactions.cpp" line="154"/>
        <source>Cleanup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ops/opsactions.cpp" line="162"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ops/opsactions.cpp" line="167"/>
        <source>Stop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ops/opsactions.cpp" line="179"/>
        <source>Unmanage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ops/opsactions.cpp" line="179"/>
        <source>Manage</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ops/opsactions.cpp" line="194"/>
        <source>Cleanup %n resources…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ops/opsactions.cpp" line="228"/>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ops/opsactions.cpp" line="228"/>
        <source>Standby…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ops/opsactions.cpp" line="233"/>
        <source>Maintenance off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ops/opsactions.cpp" line="233"/>
        <source>Maintenance on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ops/opsactions.cpp" line="248"/>
        <source>Leave cluster maintenance mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ops/opsactions.cpp" line="249"/>
        <source>Cluster maintenance mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ops/opsactions.cpp" line="253"/>
        <source>Cleanup all resources…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ops/opsactions.cpp" line="257"/>
        <source>Clear all leftover move/ban constraints…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ha::ui::PowerActionsWidget</name>
    <message>
        <location filename="../ui/power/poweractionswidget.cpp" line="28"/>
        <source>Power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/power/poweractionswidget.cpp" line="31"/>
        <source>Read power status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/power/poweractionswidget.cpp" line="34"/>
        <source>Power on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/power/poweractionswidget.cpp" line="35"/>
        <source>Power off (hard)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/power/poweractionswidget.cpp" line="36"/>
        <source>Soft off (ACPI shutdown)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/power/poweractionswidget.cpp" line="37"/>
        <source>Reset (hard)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/power/poweractionswidget.cpp" line="38"/>
        <source>Power cycle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/power/poweractionswidget.cpp" line="45"/>
        <source>IPMI details (sensors, event log)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/power/poweractionswidget.cpp" line="46"/>
        <source>Test fencing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/power/poweractionswidget.cpp" line="73"/>
        <source>No BMC configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/power/poweractionswidget.cpp" line="75"/>
        <source>Power: unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/power/poweractionswidget.cpp" line="75"/>
        <source>Power: unknown (BMC error)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/power/poweractionswidget.cpp" line="77"/>
        <source>Power: ON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/power/poweractionswidget.cpp" line="77"/>
        <source>Power: OFF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/power/poweractionswidget.cpp" line="79"/>
        <source> — BMC unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/power/poweractionswidget.cpp" line="130"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/power/poweractionswidget.cpp" line="131"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/power/poweractionswidget.cpp" line="133"/>
        <source>BMC %1:%2 (user %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/power/poweractionswidget.cpp" line="141"/>
        <source>Running: %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/power/poweractionswidget.cpp" line="143"/>
        <source>Done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/power/poweractionswidget.cpp" line="144"/>
        <source>FAILED: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ha::ui::ProfileEditor</name>
    <message>
        <location filename="../ui/profileeditor.cpp" line="24"/>
        <source>&amp;Remove this node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="31"/>
        <source>e.g. novadb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="33"/>
        <source>the database&apos;s virtual IP, e.g. 10.0.0.100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="38"/>
        <source>Cluster &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="40"/>
        <source>&amp;Add node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="46"/>
        <source>Database service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="48"/>
        <source>&amp;Virtual IP:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="49"/>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="88"/>
        <source>Node %1</source>
        <translation>Knoten %1</translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="142"/>
        <source>SSH password of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="145"/>
        <source>BMC password of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="162"/>
        <source>Give the cluster a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="164"/>
        <source>Letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos; only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="181"/>
        <source>Check the node “%1”: a field needs attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profileeditor.cpp" line="189"/>
        <source>Not a host name or IP address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ha::ui::ResourceStateDelegate</name>
    <message>
        <location filename="../ui/resourcestatedelegate.cpp" line="81"/>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ha::ui::ResourceTreeView</name>
    <message>
        <location filename="../ui/resourcetreeview.cpp" line="29"/>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
</context>
<context>
    <name>ha::ui::SplitBrainBanner</name>
    <message>
        <location filename="../ui/splitbrainbanner.cpp" line="30"/>
        <source>Cluster alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/splitbrainbanner.cpp" line="60"/>
        <source>SPLIT BRAIN — both nodes act on their own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/splitbrainbanner.cpp" line="62"/>
        <source>The nodes&apos; views of the cluster disagree</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ha::ui::StatusAgeLabel</name>
    <message>
        <location filename="../ui/statusagelabel.cpp" line="40"/>
        <source>No data yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statusagelabel.cpp" line="48"/>
        <source>STALE: data from %1 is %2 old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statusagelabel.cpp" line="50"/>
        <source>Data from %1 %2 ago</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>logs</name>
    <message>
        <location filename="../core/logs/logfile.cpp" line="71"/>
        <location filename="../core/logs/logfile.cpp" line="93"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/logs/logfile.cpp" line="88"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/logs/logfilter.cpp" line="101"/>
        <source>Invalid regular expression at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="25"/>
        <source>Console for Pacemaker + Corosync clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="29"/>
        <source>Open the cluster profile NAME.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
